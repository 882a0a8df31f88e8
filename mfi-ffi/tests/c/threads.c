/* Several threads classify the same texts at once and must agree with one thread; a
 * diagnosis made on one thread is freed on another. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mfi.h"
#include "check.h"

#define THREADS 4
#define ROUNDS 50

static const char *texts[] = {
    "450 4.4.316 Connection refused [Message=Socket error code 10061]",
    "550 5.4.300 Message expired -> 451 4.4.397 Error communicating with target host. -> 421 4.4.2 Connection dropped due to ConnectionReset",
    "Reason: [{LED=450 4.4.317 Cannot connect to remote server [Message=UntrustedRoot]};{MSG=};{FQDN=mx.example};{IP=192.0.2.1};{LRT=}]",
    "connect to mx.example.com[192.0.2.1]:25: Connection timed out",
    "550 5.1.1 RESOLVER.ADR.RecipNotFound; not found",
    "",
};
#define NTEXTS (sizeof texts / sizeof texts[0])

static char *baseline[NTEXTS];
static mfi_diagnosis *handed_over[THREADS];

static char *json_of(const mfi_diagnosis *d) {
  size_t needed = 0;
  mfi_diagnosis_to_json(d, NULL, 0, &needed);
  char *buf = malloc(needed);
  if (mfi_diagnosis_to_json(d, buf, needed, &needed) != MFI_RESULT_OK) {
    free(buf);
    return NULL;
  }
  return buf;
}

static void *worker(void *arg) {
  long id = (long)arg;
  long mismatches = 0;
  for (int r = 0; r < ROUNDS; r++) {
    for (size_t i = 0; i < NTEXTS; i++) {
      mfi_diagnosis *d = NULL;
      if (mfi_classify((const uint8_t *)texts[i], strlen(texts[i]), &d) != MFI_RESULT_OK) {
        mismatches++;
        continue;
      }
      char *json = json_of(d);
      if (!json || strcmp(json, baseline[i]) != 0) mismatches++;
      free(json);
      if (r == ROUNDS - 1 && i == 0) handed_over[id] = d; /* freed by the main thread */
      else mfi_diagnosis_free(d);
    }
  }
  return (void *)mismatches;
}

int main(void) {
  for (size_t i = 0; i < NTEXTS; i++) {
    mfi_diagnosis *d = NULL;
    CHECK_EQ_INT(mfi_classify((const uint8_t *)texts[i], strlen(texts[i]), &d), MFI_RESULT_OK);
    baseline[i] = json_of(d);
    mfi_diagnosis_free(d);
  }
  pthread_t t[THREADS];
  for (long i = 0; i < THREADS; i++) CHECK_EQ_INT(pthread_create(&t[i], NULL, worker, (void *)i), 0);
  for (int i = 0; i < THREADS; i++) {
    void *mismatches = NULL;
    pthread_join(t[i], &mismatches);
    CHECK_EQ_INT((long)mismatches, 0);
    CHECK(handed_over[i] != NULL);
    char *json = json_of(handed_over[i]);
    CHECK(json && strcmp(json, baseline[0]) == 0);
    free(json);
    mfi_diagnosis_free(handed_over[i]);
  }
  for (size_t i = 0; i < NTEXTS; i++) free(baseline[i]);
  return check_finish("threads");
}
