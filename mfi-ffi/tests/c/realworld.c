/* Every row of the real-world table through the C API: expected fields, and JSON equal to
 * the Rust serialisation (one JSON object per line in the second file, same order).
 * Usage: realworld real-world-errors.tsv expected.jsonl */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mfi.h"
#include "check.h"

static void split_tabs(char *line, char **fields, int max) {
  int n = 0;
  fields[n++] = line;
  for (char *p = line; *p && n < max; p++) {
    if (*p == '\t') {
      *p = '\0';
      fields[n++] = p + 1;
    }
  }
  while (n < max) fields[n++] = "";
}

/* Is `got` one of the '|'-separated alternatives in `want`? */
static int one_of(const char *got, const char *want) {
  size_t n = strlen(got);
  const char *p = want;
  while (*p) {
    const char *bar = strchr(p, '|');
    size_t len = bar ? (size_t)(bar - p) : strlen(p);
    if (len == n && strncmp(p, got, n) == 0) return 1;
    if (!bar) break;
    p = bar + 1;
  }
  return 0;
}

int main(int argc, char **argv) {
  if (argc != 3) {
    fprintf(stderr, "usage: %s table.tsv expected.jsonl\n", argv[0]);
    return 2;
  }
  FILE *table = fopen(argv[1], "r");
  FILE *expected = fopen(argv[2], "r");
  if (!table || !expected) {
    perror("open");
    return 2;
  }
  char *line = NULL, *want_json = NULL;
  size_t cap = 0, want_cap = 0;
  ssize_t len;
  int row = 0;
  (void)getline(&line, &cap, table); /* header */
  while ((len = getline(&line, &cap, table)) > 0) {
    if (line[len - 1] == '\n') line[--len] = '\0';
    if (len == 0) continue;
    row++;
    char *f[9];
    split_tabs(line, f, 9);
    const char *text = f[0];

    mfi_diagnosis *d = NULL;
    CHECK_EQ_INT(mfi_classify((const uint8_t *)text, strlen(text), &d), MFI_RESULT_OK);
    if (!d) continue;

    char buf[32];
    uint16_t rc = mfi_diagnosis_reply_code(d);
    if (rc) snprintf(buf, sizeof buf, "%u", rc); else strcpy(buf, "-");
    if (strcmp(buf, f[1]) != 0) { fprintf(stderr, "row %d reply_code %s != %s\n", row, buf, f[1]); check_failures++; }

    mfi_enhanced_status st;
    if (mfi_diagnosis_enhanced_status(d, &st))
      snprintf(buf, sizeof buf, "%u.%u.%u", st.status_class, st.subject, st.detail);
    else strcpy(buf, "-");
    if (strcmp(buf, f[2]) != 0) { fprintf(stderr, "row %d enhanced_status %s != %s\n", row, buf, f[2]); check_failures++; }

    mfi_code code;
    const char *code_name = mfi_diagnosis_mfi_code(d, &code) ? mfi_code_name(code) : "-";
    if (!one_of(code_name, f[3])) { fprintf(stderr, "row %d mfi_code %s != %s\n", row, code_name, f[3]); check_failures++; }

    mfi_match how;
    const char *how_name = mfi_diagnosis_mfi_match(d, &how) ? mfi_match_name(how) : "-";
    if (strcmp(f[4], "*") != 0 && strcmp(how_name, f[4]) != 0) { fprintf(stderr, "row %d mfi_match %s != %s\n", row, how_name, f[4]); check_failures++; }

    const char *exp = mfi_diagnosis_expired(d) ? "true" : "false";
    if (strcmp(exp, f[5]) != 0) { fprintf(stderr, "row %d expired %s != %s\n", row, exp, f[5]); check_failures++; }

    /* Typed accessors agree with each other. */
    for (size_t i = 0; i < mfi_diagnosis_cause_count(d); i++) {
      mfi_cause c;
      CHECK(mfi_diagnosis_cause_at(d, i, &c));
      CHECK(mfi_cause_name(c) != NULL && mfi_cause_text(c) != NULL);
    }
    for (size_t i = 0; i < mfi_diagnosis_remediation_count(d); i++) {
      mfi_remediation r;
      CHECK(mfi_diagnosis_remediation_at(d, i, &r));
      CHECK(r.text != NULL && strlen(r.text) > 10);
      CHECK(mfi_actor_name(r.actor) != NULL);
    }
    for (size_t i = 0; i < mfi_diagnosis_chain_len(d); i++) {
      mfi_reply r;
      CHECK(mfi_diagnosis_chain_at(d, i, &r));
      CHECK(r.text.data != NULL);
    }

    /* JSON: the size round trip, then equality with Rust's. */
    size_t needed = 0;
    CHECK_EQ_INT(mfi_diagnosis_to_json(d, NULL, 0, &needed), MFI_RESULT_BUFFER_TOO_SMALL);
    CHECK(needed > 2);
    char *json = malloc(needed);
    CHECK_EQ_INT(mfi_diagnosis_to_json(d, json, needed - 1, &needed), MFI_RESULT_BUFFER_TOO_SMALL);
    CHECK_EQ_INT(mfi_diagnosis_to_json(d, json, needed, &needed), MFI_RESULT_OK);
    CHECK_EQ_INT(strlen(json) + 1, needed);
    ssize_t wl = getline(&want_json, &want_cap, expected);
    if (wl <= 0) { fprintf(stderr, "expected file too short\n"); check_failures++; }
    else {
      if (want_json[wl - 1] == '\n') want_json[wl - 1] = '\0';
      if (strcmp(json, want_json) != 0) {
        fprintf(stderr, "row %d JSON differs:\n C:    %s\n Rust: %s\n", row, json, want_json);
        check_failures++;
      }
    }
    free(json);
    mfi_diagnosis_free(d);
  }
  CHECK_EQ_INT(row, 39);
  free(line);
  free(want_json);
  fclose(table);
  fclose(expected);
  return check_finish("realworld");
}
