/* A gateway-style use of libmfi: read delivery-failure lines on standard input and print,
 * for each, the MFI code, the most likely cause and the first remediation with its actor.
 *
 *   make -C examples/c            # builds gateway-static and gateway-shared
 *   ./examples/c/gateway-static < examples/queue-sample.log
 */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mfi.h"

int main(void) {
  char *line = NULL;
  size_t cap = 0;
  ssize_t len;
  unsigned long n = 0;
  while ((len = getline(&line, &cap, stdin)) >= 0) {
    n++;
    /* The line ending may stay: libmfi ignores a line ending at the end of a text. */
    mfi_diagnosis *d = NULL;
    mfi_result r = mfi_classify((const uint8_t *)line, (size_t)len, &d);
    if (r != MFI_RESULT_OK) {
      char msg[128];
      mfi_result_message(r, msg, sizeof msg, NULL);
      fprintf(stderr, "line %lu: %s\n", n, msg);
      continue;
    }

    mfi_code code;
    const char *code_name = mfi_diagnosis_mfi_code(d, &code) ? mfi_code_name(code) : "-";
    mfi_cause cause;
    const char *cause_name = mfi_diagnosis_cause_at(d, 0, &cause) ? mfi_cause_name(cause) : "-";
    printf("%lu\tmfi=%s\tseverity=%s\tcause=%s\n", n, code_name,
           mfi_severity_name(mfi_diagnosis_severity(d)), cause_name);

    mfi_remediation rem;
    if (mfi_diagnosis_remediation_at(d, 0, &rem))
      printf("\t[%s] %s\n", mfi_actor_name(rem.actor), rem.text);
    mfi_diagnosis_free(d);
  }
  free(line);
  return 0;
}
