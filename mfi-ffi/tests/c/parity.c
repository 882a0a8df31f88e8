/* Every parity case of testdata/ through the C API, against the core's expected output:
 *  1. mfi_diagnosis_to_json gives the expected line, byte for byte;
 *  2. the same JSON rebuilt from the typed accessors alone (mfi_diagnosis_reply_code,
 *     _severity, _cause_at, _reply_at, _attribute_at, _queue, ...) gives it too, so every
 *     field of the contract is reachable from C with the same value.
 * Usage: parity options.tsv inputs.tsv expected.jsonl */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "mfi.h"
#include "check.h"

/* ---- a growable string */
typedef struct {
  char *p;
  size_t len, cap;
} buf;

static void put(buf *b, const char *s, size_t n) {
  if (b->len + n + 1 > b->cap) {
    b->cap = (b->len + n + 1) * 2;
    b->p = realloc(b->p, b->cap);
    if (!b->p) abort();
  }
  memcpy(b->p + b->len, s, n);
  b->len += n;
  b->p[b->len] = '\0';
}
static void puts_(buf *b, const char *s) { put(b, s, strlen(s)); }
static void putf(buf *b, const char *fmt, long long v) {
  char tmp[32];
  snprintf(tmp, sizeof tmp, fmt, v);
  puts_(b, tmp);
}

/* A JSON string, escaped as serde_json escapes it. */
static void json_str(buf *b, const char *s, size_t n) {
  put(b, "\"", 1);
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    switch (c) {
      case '"': puts_(b, "\\\""); break;
      case '\\': puts_(b, "\\\\"); break;
      case '\n': puts_(b, "\\n"); break;
      case '\r': puts_(b, "\\r"); break;
      case '\t': puts_(b, "\\t"); break;
      case '\b': puts_(b, "\\b"); break;
      case '\f': puts_(b, "\\f"); break;
      default:
        if (c < 0x20) {
          char u[8];
          snprintf(u, sizeof u, "\\u%04x", c);
          puts_(b, u);
        } else {
          put(b, (const char *)&c, 1);
        }
    }
  }
  put(b, "\"", 1);
}
static void json_cstr(buf *b, const char *s) { json_str(b, s, strlen(s)); }
static void json_status(buf *b, const mfi_enhanced_status *s) {
  char tmp[32];
  snprintf(tmp, sizeof tmp, "\"%u.%u.%u\"", s->status_class, s->subject, s->detail);
  puts_(b, tmp);
}
static void json_time(buf *b, int64_t t) {
  time_t tt = (time_t)t;
  struct tm tm;
  char tmp[40];
  gmtime_r(&tt, &tm);
  strftime(tmp, sizeof tmp, "\"%Y-%m-%dT%H:%M:%SZ\"", &tm);
  puts_(b, tmp);
}

/* The contract's JSON, from the typed accessors only (fields in the contract's order). */
static void rebuild(buf *b, const mfi_diagnosis *d) {
  b->len = 0;
  puts_(b, "{\"reply_code\":");
  uint16_t rc = mfi_diagnosis_reply_code(d);
  if (rc) putf(b, "%lld", rc); else puts_(b, "null");
  puts_(b, ",\"enhanced_status\":");
  mfi_enhanced_status st;
  if (mfi_diagnosis_enhanced_status(d, &st)) json_status(b, &st); else puts_(b, "null");
  puts_(b, ",\"severity\":");
  json_cstr(b, mfi_severity_name(mfi_diagnosis_severity(d)));
  puts_(b, ",\"mfi_code\":");
  mfi_code code;
  if (mfi_diagnosis_mfi_code(d, &code)) json_cstr(b, mfi_code_name(code)); else puts_(b, "null");
  puts_(b, ",\"mfi_match\":");
  mfi_match how;
  if (mfi_diagnosis_mfi_match(d, &how)) json_cstr(b, mfi_match_name(how)); else puts_(b, "null");
  puts_(b, mfi_diagnosis_expired(d) ? ",\"expired\":true" : ",\"expired\":false");
  puts_(b, ",\"reason\":");
  json_cstr(b, mfi_reason_name(mfi_diagnosis_reason(d)));
  puts_(b, ",\"origin\":");
  json_cstr(b, mfi_origin_name(mfi_diagnosis_origin(d)));
  puts_(b, ",\"title\":");
  const char *title = mfi_diagnosis_title(d);
  if (title) json_cstr(b, title); else puts_(b, "null");
  puts_(b, ",\"meaning\":");
  const char *meaning = mfi_diagnosis_meaning(d);
  if (meaning) json_cstr(b, meaning); else puts_(b, "null");
  puts_(b, ",\"causes\":[");
  for (size_t i = 0; i < mfi_diagnosis_cause_count(d); i++) {
    mfi_cause c;
    CHECK(mfi_diagnosis_cause_at(d, i, &c));
    if (i) puts_(b, ",");
    json_cstr(b, mfi_cause_name(c));
  }
  puts_(b, "],\"remediations\":[");
  for (size_t i = 0; i < mfi_diagnosis_remediation_count(d); i++) {
    mfi_remediation r;
    CHECK(mfi_diagnosis_remediation_at(d, i, &r));
    puts_(b, i ? ",{\"id\":" : "{\"id\":");
    json_cstr(b, mfi_remediation_id_name(r.id));
    puts_(b, ",\"actor\":");
    json_cstr(b, mfi_actor_name(r.actor));
    puts_(b, ",\"text\":");
    json_cstr(b, r.text);
    puts_(b, "}");
  }
  puts_(b, "],\"chain\":[");
  for (size_t i = 0; i < mfi_diagnosis_reply_count(d); i++) {
    mfi_reply r;
    CHECK(mfi_diagnosis_reply_at(d, i, &r));
    puts_(b, i ? ",{\"reply_code\":" : "{\"reply_code\":");
    if (r.reply_code) putf(b, "%lld", r.reply_code); else puts_(b, "null");
    puts_(b, ",\"enhanced_status\":");
    if (r.has_enhanced_status) json_status(b, &r.enhanced_status); else puts_(b, "null");
    puts_(b, ",\"text\":");
    json_str(b, r.text.data, r.text.len);
    puts_(b, "}");
  }
  puts_(b, "],\"attributes\":{");
  for (size_t i = 0; i < mfi_diagnosis_attribute_count(d); i++) {
    mfi_attr_key k;
    mfi_str v;
    CHECK(mfi_diagnosis_attribute_at(d, i, &k, &v));
    if (i) puts_(b, ",");
    json_cstr(b, mfi_attr_key_name(k));
    puts_(b, ":");
    json_str(b, v.data, v.len);
    /* The lookup by name finds the same value. */
    mfi_str w;
    const char *name = mfi_attr_key_name(k);
    CHECK_EQ_INT(mfi_diagnosis_attribute(d, (const uint8_t *)name, strlen(name), &w), MFI_RESULT_OK);
    CHECK(w.len == v.len && w.data == v.data);
  }
  puts_(b, mfi_diagnosis_truncated(d) ? "},\"truncated\":true" : "},\"truncated\":false");
  mfi_queue_outcome q;
  if (mfi_diagnosis_queue(d, &q)) {
    puts_(b, ",\"queue\":{\"profile\":");
    json_cstr(b, mfi_queue_profile_name(q.profile));
    puts_(b, ",\"retry_window_s\":");
    putf(b, "%lld", q.retry_window_s);
    puts_(b, ",\"first_attempt\":");
    json_time(b, q.first_attempt);
    puts_(b, ",\"now\":");
    json_time(b, q.now);
    puts_(b, ",\"expires_at\":");
    json_time(b, q.expires_at);
    puts_(b, ",\"remaining_s\":");
    putf(b, "%lld", q.remaining_s);
    puts_(b, ",\"state\":");
    json_cstr(b, mfi_queue_state_name(q.state));
    puts_(b, ",\"next_delay_notice\":");
    if (q.has_next_delay_notice) json_time(b, q.next_delay_notice); else puts_(b, "null");
    puts_(b, "}");
  }
  puts_(b, "}");
}

/* ---- the test data */
static size_t split_tabs(char *line, char **fields, size_t max) {
  size_t n = 0;
  fields[n++] = line;
  for (char *p = line; *p && n < max; p++) {
    if (*p == '\t') {
      *p = '\0';
      fields[n++] = p + 1;
    }
  }
  return n;
}

/* Unescapes \\ \t \n \r \xHH in place; returns the length. */
static size_t unescape(char *s) {
  char *w = s;
  for (char *r = s; *r; r++) {
    if (*r != '\\' || !r[1]) {
      *w++ = *r;
      continue;
    }
    r++;
    switch (*r) {
      case 't': *w++ = '\t'; break;
      case 'n': *w++ = '\n'; break;
      case 'r': *w++ = '\r'; break;
      case 'x': {
        char hex[3] = {r[1], r[2], 0};
        *w++ = (char)strtoul(hex, NULL, 16);
        r += 2;
        break;
      }
      default: *w++ = *r;
    }
  }
  return (size_t)(w - s);
}

static int chomp(char *line, ssize_t *len) {
  while (*len > 0 && (line[*len - 1] == '\n' || line[*len - 1] == '\r')) line[--*len] = '\0';
  return *len > 0 && line[0] != '#';
}

#define MAX_SETS 16
typedef struct {
  char name[64];
  mfi_options *o;
} option_set;

/* The index of `name` among the values named by `name_of`, or -1. */
static long value_of(const char *(*name_of)(uint32_t), const char *name) {
  for (uint32_t i = 0; name_of(i); i++)
    if (strcmp(name_of(i), name) == 0) return (long)i;
  return -1;
}

static size_t load_sets(const char *path, option_set *sets) {
  FILE *f = fopen(path, "r");
  if (!f) { perror(path); exit(2); }
  char *line = NULL;
  size_t cap = 0, n = 0;
  ssize_t len;
  int header = 1;
  while ((len = getline(&line, &cap, f)) > 0) {
    if (!chomp(line, &len)) continue;
    if (header) { header = 0; continue; }
    char *c[9];
    CHECK_EQ_INT(split_tabs(line, c, 9), 9);
    option_set *s = &sets[n++];
    snprintf(s->name, sizeof s->name, "%s", c[0]);
    s->o = mfi_options_new();
    if (strcmp(c[1], "-") != 0)
      CHECK_EQ_INT(mfi_options_set_connector(s->o, (uint32_t)value_of(mfi_connector_target_name, c[1])), MFI_RESULT_OK);
    if (strcmp(c[2], "-") != 0) {
      int64_t first, now;
      CHECK_EQ_INT(mfi_parse_time((const uint8_t *)c[3], strlen(c[3]), &first), MFI_RESULT_OK);
      CHECK_EQ_INT(mfi_parse_time((const uint8_t *)c[4], strlen(c[4]), &now), MFI_RESULT_OK);
      CHECK_EQ_INT(mfi_options_set_queue(s->o, (uint32_t)value_of(mfi_queue_profile_name, c[2]), first, now), MFI_RESULT_OK);
    }
    if (strcmp(c[5], "-") != 0)
      CHECK_EQ_INT(mfi_options_set_max_len(s->o, strtoul(c[5], NULL, 10)), MFI_RESULT_OK);
    if (strcmp(c[6], "-") != 0)
      CHECK_EQ_INT(mfi_options_set_origin(s->o, (uint32_t)value_of(mfi_origin_name, c[6])), MFI_RESULT_OK);
    if (strcmp(c[7], "-") != 0)
      CHECK_EQ_INT(mfi_options_set_locale(s->o, c[7]), MFI_RESULT_OK);
    if (strcmp(c[8], "-") != 0)
      CHECK_EQ_INT(mfi_options_set_stated_severity(s->o, (uint32_t)value_of(mfi_severity_name, c[8])), MFI_RESULT_OK);
    if (n == MAX_SETS) break;
  }
  free(line);
  fclose(f);
  return n;
}

int main(int argc, char **argv) {
  if (argc != 4) {
    fprintf(stderr, "usage: %s options.tsv inputs.tsv expected.jsonl\n", argv[0]);
    return 2;
  }
  option_set sets[MAX_SETS];
  size_t nsets = load_sets(argv[1], sets);
  FILE *inputs = fopen(argv[2], "r"), *expected = fopen(argv[3], "r");
  if (!inputs || !expected) {
    perror("open");
    return 2;
  }
  char *line = NULL, *want = NULL;
  size_t cap = 0, want_cap = 0;
  ssize_t len, want_len;
  int header = 1, cases = 0;
  buf json = {0}, rebuilt = {0};
  while ((len = getline(&line, &cap, inputs)) > 0) {
    if (!chomp(line, &len)) continue;
    if (header) { header = 0; continue; }
    char *c[2];
    CHECK_EQ_INT(split_tabs(line, c, 2), 2);
    size_t tlen = unescape(c[1]);
    const mfi_options *o = NULL;
    for (size_t i = 0; i < nsets; i++)
      if (strcmp(sets[i].name, c[0]) == 0) o = sets[i].o;
    CHECK(o != NULL);
    want_len = getline(&want, &want_cap, expected);
    CHECK(want_len > 0);
    if (want_len <= 0) break;
    if (want[want_len - 1] == '\n') want[--want_len] = '\0';
    cases++;

    mfi_diagnosis *d = NULL;
    CHECK_EQ_INT(mfi_classify_with((const uint8_t *)c[1], tlen, o, &d), MFI_RESULT_OK);
    size_t needed = 0;
    CHECK_EQ_INT(mfi_diagnosis_to_json(d, NULL, 0, &needed), MFI_RESULT_BUFFER_TOO_SMALL);
    json.len = 0;
    put(&json, "", 0);
    if (json.cap < needed) {
      json.cap = needed;
      json.p = realloc(json.p, needed);
    }
    CHECK_EQ_INT(mfi_diagnosis_to_json(d, json.p, json.cap, NULL), MFI_RESULT_OK);
    if (strcmp(json.p, want) != 0)
      fprintf(stderr, "case %d (%s): to_json differs\n  got:  %s\n  want: %s\n", cases, c[0], json.p, want), check_failures++;
    rebuild(&rebuilt, d);
    if (strcmp(rebuilt.p, want) != 0)
      fprintf(stderr, "case %d (%s): accessors differ\n  got:  %s\n  want: %s\n", cases, c[0], rebuilt.p, want), check_failures++;
    mfi_diagnosis_free(d);
  }
  CHECK(cases > 500);
  CHECK(getline(&want, &want_cap, expected) <= 0); /* as many expected lines as cases */
  for (size_t i = 0; i < nsets; i++) mfi_options_free(sets[i].o);
  free(line);
  free(want);
  free(json.p);
  free(rebuilt.p);
  fclose(inputs);
  fclose(expected);
  printf("parity: %d cases\n", cases);
  return check_finish("parity");
}
