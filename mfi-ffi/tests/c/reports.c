/* Every message of testdata/messages through the C API: the report's JSON equals the one
 * testdata/parity/reports.tsv holds (what `mfi bounce --json` and Python give), and the
 * typed accessors agree with it. Usage: reports REPORTS_TSV MESSAGES_DIR */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mfi.h"
#include "check.h"

static unsigned char *read_all(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  if (!f) return NULL;
  size_t cap = 1 << 16, n = 0;
  unsigned char *buf = malloc(cap);
  size_t got;
  while ((got = fread(buf + n, 1, cap - n, f)) > 0) {
    n += got;
    if (n == cap) buf = realloc(buf, cap *= 2);
  }
  fclose(f);
  *len = n;
  return buf;
}

/* Whether the JSON holds "key":"value" (the value escaped as JSON escapes `"` and `\`). */
static int json_has(const char *json, const char *key, const char *value, size_t value_len) {
  char pat[1024];
  int n = snprintf(pat, sizeof pat, "\"%s\":\"", key);
  if (n <= 0 || (size_t)n >= sizeof pat) return 0;
  size_t at = (size_t)n;
  for (size_t i = 0; i < value_len; i++) {
    if (at + 3 >= sizeof pat) return 0;
    if (value[i] == '"' || value[i] == '\\') pat[at++] = '\\';
    pat[at++] = value[i];
  }
  pat[at++] = '"';
  pat[at] = 0;
  return strstr(json, pat) != NULL;
}

int main(int argc, char **argv) {
  if (argc != 3) {
    fprintf(stderr, "usage: reports REPORTS_TSV MESSAGES_DIR\n");
    return 2;
  }
  FILE *table = fopen(argv[1], "r");
  CHECK(table != NULL);
  if (!table) return check_finish("reports");
  char *line = NULL;
  size_t cap = 0;
  ssize_t len;
  int rows = 0;
  while ((len = getline(&line, &cap, table)) > 0) {
    if (line[0] == '#' || strncmp(line, "file\t", 5) == 0) continue;
    if (line[len - 1] == '\n') line[--len] = 0;
    char *tab = strchr(line, '\t');
    CHECK(tab != NULL);
    if (!tab) continue;
    *tab = 0;
    const char *want = tab + 1;
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", argv[2], line);
    size_t n = 0;
    unsigned char *bytes = read_all(path, &n);
    CHECK(bytes != NULL);
    if (!bytes) continue;

    mfi_report *r = NULL;
    CHECK_EQ_INT(mfi_report_read(bytes, n, NULL, &r), MFI_RESULT_OK);
    size_t needed = 0;
    CHECK_EQ_INT(mfi_report_to_json(r, NULL, 0, &needed), MFI_RESULT_BUFFER_TOO_SMALL);
    char *json = malloc(needed);
    CHECK_EQ_INT(mfi_report_to_json(r, json, needed, &needed), MFI_RESULT_OK);
    if (strcmp(json, want) != 0) {
      fprintf(stderr, "%s: JSON differs\n  got  %s\n  want %s\n", line, json, want);
      check_failures++;
    }

    /* The accessors say what the JSON says. */
    const char *kind = mfi_report_kind_name(mfi_report_message_kind(r));
    CHECK(kind != NULL && json_has(json, "kind", kind, strlen(kind)));
    size_t count = mfi_report_recipient_count(r);
    for (size_t i = 0; i < count; i++) {
      mfi_str addr = mfi_report_recipient(r, i);
      CHECK(addr.len > 0 && json_has(json, "recipient", addr.data, addr.len));
      const mfi_diagnosis *d = mfi_report_recipient_diagnosis(r, i);
      CHECK(d != NULL);
      size_t dn = 0;
      CHECK_EQ_INT(mfi_diagnosis_to_json(d, NULL, 0, &dn), MFI_RESULT_BUFFER_TOO_SMALL);
      char *dj = malloc(dn);
      CHECK_EQ_INT(mfi_diagnosis_to_json(d, dj, dn, &dn), MFI_RESULT_OK);
      CHECK(strstr(json, dj) != NULL); /* the recipient's diagnosis is in the report */
      free(dj);
      const char *reason = mfi_reason_name(mfi_diagnosis_reason(d));
      CHECK(json_has(json, "reason", reason, strlen(reason)));
      mfi_action action;
      if (mfi_report_recipient_action(r, i, &action)) {
        const char *a = mfi_action_name(action);
        CHECK(a != NULL && json_has(json, "action", a, strlen(a)));
      }
      mfi_enhanced_status st;
      if (mfi_report_recipient_status(r, i, &st)) {
        char s[16];
        int sl = snprintf(s, sizeof s, "%u.%u.%u", st.status_class, st.subject, st.detail);
        CHECK(json_has(json, "status", s, (size_t)sl));
      }
    }
    CHECK(mfi_report_recipient_diagnosis(r, count) == NULL);
    CHECK(mfi_report_recipient(r, count).len == 0);
    free(json);
    mfi_report_free(r);
    free(bytes);
    rows++;
  }
  free(line);
  fclose(table);
  CHECK(rows >= 20);
  return check_finish("reports");
}
