/* Every error path of the C API, and hostile input. */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mfi.h"
#include "check.h"

static void test_null_arguments(void) {
  mfi_diagnosis *d = (mfi_diagnosis *)0x1;
  const uint8_t *t = (const uint8_t *)"450 4.4.316 Connection refused";
  CHECK_EQ_INT(mfi_classify(t, 30, NULL), MFI_RESULT_NULL_ARGUMENT);
  CHECK_EQ_INT(mfi_classify(NULL, 5, &d), MFI_RESULT_NULL_ARGUMENT);
  CHECK(d == NULL); /* *out is cleared on error */
  CHECK_EQ_INT(mfi_classify_with(t, 30, NULL, NULL), MFI_RESULT_NULL_ARGUMENT);
  /* len == 0 is valid input, even with a NULL pointer. */
  CHECK_EQ_INT(mfi_classify(NULL, 0, &d), MFI_RESULT_OK);
  CHECK(d != NULL);
  CHECK_EQ_INT(mfi_diagnosis_severity(d), MFI_SEVERITY_UNKNOWN);
  CHECK_EQ_INT(mfi_diagnosis_reason(d), MFI_REASON_UNDEFINED);
  CHECK_EQ_INT(mfi_diagnosis_reply_count(d), 0);
  mfi_code code;
  CHECK(!mfi_diagnosis_mfi_code(d, &code));
  mfi_diagnosis_free(d);

  /* Accessors on NULL. */
  CHECK_EQ_INT(mfi_diagnosis_reply_code(NULL), 0);
  CHECK_EQ_INT(mfi_diagnosis_severity(NULL), MFI_SEVERITY_UNKNOWN);
  CHECK(!mfi_diagnosis_expired(NULL));
  CHECK_EQ_INT(mfi_diagnosis_cause_count(NULL), 0);
  CHECK_EQ_INT(mfi_diagnosis_remediation_count(NULL), 0);
  CHECK(!mfi_diagnosis_mfi_code(NULL, &code));
  CHECK(mfi_diagnosis_title(NULL) == NULL);
  size_t needed = 7;
  char buf[8];
  CHECK_EQ_INT(mfi_diagnosis_to_json(NULL, buf, sizeof buf, &needed), MFI_RESULT_NULL_ARGUMENT);
  mfi_diagnosis_free(NULL);
  mfi_options_free(NULL);
  CHECK_EQ_INT(mfi_options_set_connector(NULL, MFI_CONNECTOR_TARGET_PARTNER), MFI_RESULT_NULL_ARGUMENT);
  CHECK_EQ_INT(mfi_options_set_origin(NULL, MFI_ORIGIN_POSTFIX), MFI_RESULT_NULL_ARGUMENT);
  CHECK_EQ_INT(mfi_options_set_stated_severity(NULL, MFI_SEVERITY_PERMANENT),
               MFI_RESULT_NULL_ARGUMENT);
  CHECK_EQ_INT(mfi_options_set_locale(NULL, "de"), MFI_RESULT_NULL_ARGUMENT);
  CHECK_EQ_INT(mfi_options_set_queue(NULL, MFI_QUEUE_PROFILE_POSTFIX, 0, 0), MFI_RESULT_NULL_ARGUMENT);
  CHECK_EQ_INT(mfi_options_clear_queue(NULL), MFI_RESULT_NULL_ARGUMENT);
  CHECK_EQ_INT(mfi_parse_time(NULL, 3, NULL), MFI_RESULT_NULL_ARGUMENT);

  /* Out-parameters that are NULL. */
  CHECK_EQ_INT(mfi_classify(t, 30, &d), MFI_RESULT_OK);
  CHECK(!mfi_diagnosis_mfi_code(d, NULL));
  CHECK(!mfi_diagnosis_enhanced_status(d, NULL));
  CHECK(!mfi_diagnosis_cause_at(d, 0, NULL));
  CHECK(!mfi_diagnosis_remediation_at(d, 0, NULL));
  CHECK(!mfi_diagnosis_reply_at(d, 0, NULL));
  CHECK(!mfi_diagnosis_attribute_at(d, 0, NULL, NULL));
  CHECK(!mfi_diagnosis_queue(d, NULL));
  CHECK_EQ_INT(mfi_diagnosis_attribute(d, (const uint8_t *)"message", 7, NULL), MFI_RESULT_NULL_ARGUMENT);
  /* Indexes out of range. */
  mfi_cause cause;
  CHECK(!mfi_diagnosis_cause_at(d, 1000, &cause));
  mfi_reply reply;
  CHECK(!mfi_diagnosis_reply_at(d, (size_t)-1, &reply));
  mfi_diagnosis_free(d);
}

static void test_buffers(void) {
  mfi_diagnosis *d = NULL;
  const char *t = "550 5.1.1 RESOLVER.ADR.RecipNotFound; not found";
  CHECK_EQ_INT(mfi_classify((const uint8_t *)t, strlen(t), &d), MFI_RESULT_OK);
  size_t needed = 0;
  char one[1] = {'x'};
  CHECK_EQ_INT(mfi_diagnosis_to_json(d, NULL, 0, &needed), MFI_RESULT_BUFFER_TOO_SMALL);
  CHECK(needed > 100);
  CHECK_EQ_INT(mfi_diagnosis_to_json(d, one, 1, &needed), MFI_RESULT_BUFFER_TOO_SMALL);
  CHECK(one[0] == 'x'); /* nothing written */
  CHECK_EQ_INT(mfi_diagnosis_to_json(d, one, 1, NULL), MFI_RESULT_BUFFER_TOO_SMALL);
  CHECK_EQ_INT(mfi_diagnosis_to_json(d, NULL, 100000, &needed), MFI_RESULT_NULL_ARGUMENT);
  char *json = malloc(needed);
  CHECK_EQ_INT(mfi_diagnosis_to_json(d, json, needed, NULL), MFI_RESULT_OK);
  CHECK(strncmp(json, "{\"reply_code\":550,", 18) == 0);
  free(json);

  /* A projection: sized the same way; bad lists are errors, never a partial object. */
  const char *fields = "reason,reply_code";
  CHECK_EQ_INT(mfi_diagnosis_to_json_fields(d, fields, NULL, 0, &needed), MFI_RESULT_BUFFER_TOO_SMALL);
  CHECK(needed == strlen("{\"reason\":\"userunknown\",\"reply_code\":550}") + 1);
  CHECK_EQ_INT(mfi_diagnosis_to_json_fields(d, fields, one, 1, &needed), MFI_RESULT_BUFFER_TOO_SMALL);
  CHECK(one[0] == 'x');
  json = malloc(needed);
  CHECK_EQ_INT(mfi_diagnosis_to_json_fields(d, fields, json, needed, NULL), MFI_RESULT_OK);
  CHECK(strcmp(json, "{\"reason\":\"userunknown\",\"reply_code\":550}") == 0);
  free(json);
  char small[64];
  CHECK_EQ_INT(mfi_diagnosis_to_json_fields(NULL, fields, small, sizeof small, NULL), MFI_RESULT_NULL_ARGUMENT);
  CHECK_EQ_INT(mfi_diagnosis_to_json_fields(d, NULL, small, sizeof small, NULL), MFI_RESULT_NULL_ARGUMENT);
  CHECK_EQ_INT(mfi_diagnosis_to_json_fields(d, "reason,code", small, sizeof small, NULL), MFI_RESULT_UNKNOWN_NAME);
  CHECK_EQ_INT(mfi_diagnosis_to_json_fields(d, "", small, sizeof small, NULL), MFI_RESULT_UNKNOWN_NAME);
  CHECK_EQ_INT(mfi_diagnosis_to_json_fields(d, "reason,\xff", small, sizeof small, NULL), MFI_RESULT_UNKNOWN_NAME);
  CHECK_EQ_INT(mfi_diagnosis_to_json_fields(d, "reason,reason", small, sizeof small, NULL), MFI_RESULT_INVALID_ARGUMENT);
  mfi_diagnosis_free(d);

  /* Result messages, including the size round trip and unknown codes. */
  CHECK_EQ_INT(mfi_result_message(MFI_RESULT_NULL_ARGUMENT, NULL, 0, &needed), MFI_RESULT_BUFFER_TOO_SMALL);
  char msg[64];
  CHECK_EQ_INT(mfi_result_message(MFI_RESULT_NULL_ARGUMENT, msg, sizeof msg, &needed), MFI_RESULT_OK);
  CHECK(strstr(msg, "NULL") != NULL);
  CHECK_EQ_INT(mfi_result_message(999, msg, sizeof msg, NULL), MFI_RESULT_OK);
  CHECK(strstr(msg, "unknown") != NULL);
}

static void test_hostile_input(void) {
  /* 16 MB (or MFI_TEST_BIG_MB) of repeated shapes, with NULs and invalid UTF-8. */
  const char *mb = getenv("MFI_TEST_BIG_MB");
  size_t n = (size_t)(mb ? strtoul(mb, NULL, 10) : 16u) << 20;
  uint8_t *big = malloc(n);
  static const char unit[] = "450 4.4.316 Connection refused [Message=Socket error code 10061] \xff\xfe\0[{LED=";
  size_t ulen = sizeof unit - 1;
  for (size_t i = 0; i < n; i++) big[i] = (uint8_t)unit[i % ulen];
  mfi_diagnosis *d = NULL;
  CHECK_EQ_INT(mfi_classify(big, n, &d), MFI_RESULT_OK);
  mfi_code code;
  CHECK(mfi_diagnosis_mfi_code(d, &code) && code == MFI_CODE_CONNECTION_REFUSED);
  /* Only the first MiB is classified, and the diagnosis says so. */
  CHECK(mfi_diagnosis_truncated(d) == (n > (1u << 20)));
  CHECK(mfi_diagnosis_text(d).len > 0);
  size_t needed = 0;
  CHECK_EQ_INT(mfi_diagnosis_to_json(d, NULL, 0, &needed), MFI_RESULT_BUFFER_TOO_SMALL);
  mfi_diagnosis_free(d);
  free(big);

  /* Embedded NULs: the text goes on after them. */
  const uint8_t nul[] = "before\0 450 4.4.312 DNS query failed";
  CHECK_EQ_INT(mfi_classify(nul, sizeof nul - 1, &d), MFI_RESULT_OK);
  CHECK(mfi_diagnosis_mfi_code(d, &code) && code == MFI_CODE_DNS_QUERY_FAILED);
  mfi_reply reply;
  CHECK(mfi_diagnosis_reply_at(d, 0, &reply));
  CHECK(reply.reply_code == 450 && reply.has_enhanced_status && reply.enhanced_status.detail == 312);
  mfi_diagnosis_free(d);

  /* Invalid UTF-8 is replaced, and the JSON stays valid UTF-8 with U+FFFD. */
  const uint8_t bad[] = {'5', '5', '0', ' ', '5', '.', '1', '.', '1', ' ', 0xC3, 0x28, 0xFF, 'x'};
  CHECK_EQ_INT(mfi_classify(bad, sizeof bad, &d), MFI_RESULT_OK);
  CHECK_EQ_INT(mfi_diagnosis_reply_code(d), 550);
  char json[2048];
  CHECK_EQ_INT(mfi_diagnosis_to_json(d, json, sizeof json, &needed), MFI_RESULT_OK);
  CHECK(strstr(json, "\xEF\xBF\xBD") != NULL);
  mfi_diagnosis_free(d);

  /* Every single byte value alone. */
  for (int b = 0; b < 256; b++) {
    uint8_t one = (uint8_t)b;
    CHECK_EQ_INT(mfi_classify(&one, 1, &d), MFI_RESULT_OK);
    mfi_diagnosis_free(d);
  }
}

static void test_lengths_and_line_ends(void) {
  mfi_diagnosis *d = (mfi_diagnosis *)0x1;
  const uint8_t t[] = "550 5.1.1 User unknown";
  /* A length no object can have is an error, not an abort of the host. */
  CHECK_EQ_INT(mfi_classify(t, (size_t)PTRDIFF_MAX + 1, &d), MFI_RESULT_INVALID_ARGUMENT);
  CHECK(d == NULL);
  CHECK_EQ_INT(mfi_classify(t, SIZE_MAX, &d), MFI_RESULT_INVALID_ARGUMENT);
  int64_t when;
  CHECK_EQ_INT(mfi_parse_time(t, SIZE_MAX, &when), MFI_RESULT_INVALID_ARGUMENT);
  mfi_str v;
  CHECK_EQ_INT(mfi_classify(t, sizeof t - 1, &d), MFI_RESULT_OK);
  CHECK_EQ_INT(mfi_diagnosis_attribute(d, t, SIZE_MAX, &v), MFI_RESULT_NULL_ARGUMENT);
  mfi_diagnosis_free(d);

  /* A line ending at the end is not part of the text, as in every front end. */
  const char *ends[] = {"550\r\n", "550\n", "550\r"};
  for (size_t i = 0; i < 3; i++) {
    CHECK_EQ_INT(mfi_classify((const uint8_t *)ends[i], strlen(ends[i]), &d), MFI_RESULT_OK);
    CHECK_EQ_INT(mfi_diagnosis_reply_code(d), 550);
    CHECK_EQ_INT(mfi_diagnosis_severity(d), MFI_SEVERITY_PERMANENT);
    mfi_str text = mfi_diagnosis_text(d);
    CHECK(text.len == 3 && memcmp(text.data, "550", 3) == 0);
    mfi_diagnosis_free(d);
  }

  /* The maximum length: an option, and the diagnosis says when it cut. */
  mfi_options *o = mfi_options_new();
  CHECK_EQ_INT(mfi_options_set_max_len(o, 0), MFI_RESULT_INVALID_ARGUMENT);
  CHECK_EQ_INT(mfi_options_set_max_len(NULL, 9), MFI_RESULT_NULL_ARGUMENT);
  CHECK_EQ_INT(mfi_options_set_max_len(o, 9), MFI_RESULT_OK);
  CHECK_EQ_INT(mfi_classify_with(t, sizeof t - 1, o, &d), MFI_RESULT_OK);
  CHECK(mfi_diagnosis_truncated(d));
  mfi_str text = mfi_diagnosis_text(d);
  CHECK(text.len == 9 && memcmp(text.data, "550 5.1.1", 9) == 0);
  mfi_enhanced_status st;
  CHECK(mfi_diagnosis_enhanced_status(d, &st) && st.subject == 1 && st.detail == 1);
  mfi_diagnosis_free(d);
  mfi_options_free(o);
  CHECK(!mfi_diagnosis_truncated(NULL));
  CHECK(mfi_diagnosis_text(NULL).len == 0);
  CHECK(mfi_diagnosis_meaning(NULL) == NULL);
}

static void test_options_and_accessors(void) {
  mfi_options *o = mfi_options_new();
  CHECK(o != NULL);
  CHECK_EQ_INT(mfi_options_set_connector(o, 99), MFI_RESULT_INVALID_ARGUMENT);
  CHECK_EQ_INT(mfi_options_set_queue(o, 99, 0, 0), MFI_RESULT_INVALID_ARGUMENT);
  CHECK_EQ_INT(mfi_options_set_connector(o, MFI_CONNECTOR_TARGET_PARTNER), MFI_RESULT_OK);
  CHECK_EQ_INT(mfi_options_set_origin(o, 99), MFI_RESULT_INVALID_ARGUMENT);
  CHECK_EQ_INT(mfi_options_set_origin(o, MFI_ORIGIN_UNKNOWN), MFI_RESULT_OK);
  CHECK_EQ_INT(mfi_options_set_locale(o, NULL), MFI_RESULT_NULL_ARGUMENT);
  CHECK_EQ_INT(mfi_options_set_locale(o, "fr"), MFI_RESULT_INVALID_ARGUMENT);
  CHECK_EQ_INT(mfi_options_set_locale(o, "\xff\xfe"), MFI_RESULT_INVALID_ARGUMENT);
  CHECK_EQ_INT(mfi_options_set_locale(o, "ru_RU.UTF-8"), MFI_RESULT_OK);
  CHECK_EQ_INT(mfi_options_set_locale(o, "en"), MFI_RESULT_OK);
  int64_t first = 0, now = 0;
  const char *t1 = "2025-01-08T00:00:00Z", *t2 = "2025-01-08T20:00:00+00:00";
  CHECK_EQ_INT(mfi_parse_time((const uint8_t *)t1, strlen(t1), &first), MFI_RESULT_OK);
  CHECK_EQ_INT(mfi_parse_time((const uint8_t *)t2, strlen(t2), &now), MFI_RESULT_OK);
  CHECK_EQ_INT(now - first, 20 * 3600);
  CHECK_EQ_INT(mfi_parse_time((const uint8_t *)"soon", 4, &now), MFI_RESULT_PARSE_ERROR);
  CHECK_EQ_INT(mfi_options_set_queue(o, MFI_QUEUE_PROFILE_EXCHANGE_ONLINE, first, first + 20 * 3600), MFI_RESULT_OK);

  const char *t = "450 4.4.316 Connection refused [Message=Socket error code 10061] "
                  "[LastAttemptedServerName=mx.contoso.example] [LastAttemptedIP=192.0.2.7:25]";
  mfi_diagnosis *d = NULL;
  CHECK_EQ_INT(mfi_classify_with((const uint8_t *)t, strlen(t), o, &d), MFI_RESULT_OK);
  mfi_match how;
  CHECK(mfi_diagnosis_mfi_match(d, &how) && how == MFI_MATCH_LITERAL);
  CHECK_EQ_INT(mfi_diagnosis_severity(d), MFI_SEVERITY_TRANSIENT);
  mfi_cause c;
  CHECK(mfi_diagnosis_cause_at(d, 0, &c) && c == MFI_CAUSE_PARTNER_ERROR);
  mfi_remediation r;
  CHECK(mfi_diagnosis_remediation_at(d, 0, &r));
  CHECK(r.actor == MFI_ACTOR_PARTNER && r.id == MFI_REMEDIATION_ID_CONTACT_PARTNER);
  CHECK(strcmp(mfi_remediation_id_name(r.id), "contact_partner") == 0);
  CHECK(strcmp(r.text, mfi_remediation_text(r.id)) == 0);
  mfi_actor actor;
  CHECK(mfi_remediation_actor(r.id, &actor) && actor == MFI_ACTOR_PARTNER);
  CHECK(!mfi_remediation_actor(5000, &actor));

  mfi_str v;
  CHECK_EQ_INT(mfi_diagnosis_attribute(d, (const uint8_t *)"last_attempted_ip", 17, &v), MFI_RESULT_OK);
  CHECK(v.len == 12 && memcmp(v.data, "192.0.2.7:25", 12) == 0);
  CHECK_EQ_INT(mfi_diagnosis_attribute(d, (const uint8_t *)"fqdn", 4, &v), MFI_RESULT_NOT_FOUND);
  CHECK_EQ_INT(mfi_diagnosis_attribute(d, (const uint8_t *)"colour", 6, &v), MFI_RESULT_UNKNOWN_NAME);
  /* Keys ignore ASCII case, and '-' may stand for '_'. */
  mfi_str w;
  CHECK_EQ_INT(mfi_diagnosis_attribute(d, (const uint8_t *)"Last-Attempted-IP", 17, &w), MFI_RESULT_OK);
  CHECK(w.data == v.data && w.len == v.len);
  mfi_attr_key key;
  CHECK(mfi_diagnosis_attribute_at(d, 0, &key, &v) && key == MFI_ATTR_KEY_MESSAGE);
  CHECK(strcmp(mfi_attr_key_name(key), "message") == 0);

  mfi_queue_outcome q;
  CHECK(mfi_diagnosis_queue(d, &q));
  CHECK(q.state == MFI_QUEUE_STATE_RETRYING && q.remaining_s == 4 * 3600);
  CHECK(q.expires_at == first + 24 * 3600 && q.retry_window_s == 86400);
  CHECK(strcmp(mfi_queue_state_name(q.state), "retrying") == 0);
  CHECK(strcmp(mfi_diagnosis_title(d), "Connection refused") == 0);
  CHECK(strstr(mfi_diagnosis_meaning(d), "TCP connection") != NULL);
  mfi_diagnosis_free(d);

  /* Names out of range are NULL; in range they match the contract's spelling. */
  CHECK(mfi_code_name(6) == NULL && mfi_cause_name(255) == NULL && mfi_cause_text(1u << 31) == NULL);
  CHECK(strcmp(mfi_code_name(MFI_CODE_CERTIFICATE_VALIDATION_FAILED), "4.7.320") == 0);
  CHECK(strcmp(mfi_severity_name(MFI_SEVERITY_PERMANENT), "permanent") == 0);
  CHECK(strcmp(mfi_reason_name(MFI_REASON_NETWORKERROR), "networkerror") == 0);
  CHECK(strcmp(mfi_queue_profile_name(MFI_QUEUE_PROFILE_EXCHANGE_ONLINE_PRE2019), "exchange_online_pre_2019") == 0);
  CHECK(strcmp(mfi_connector_target_name(MFI_CONNECTOR_TARGET_ON_PREMISES), "on_premises") == 0);
  CHECK(strcmp(mfi_origin_name(MFI_ORIGIN_EXCHANGE_ONLINE), "exchange_online") == 0);
  CHECK(mfi_origin_name(999) == NULL);
  CHECK(strcmp(mfi_match_name(MFI_MATCH_EQUIVALENT), "equivalent") == 0);
  CHECK(strcmp(mfi_actor_name(MFI_ACTOR_NETWORK_TEAM), "network_team") == 0);

  CHECK_EQ_INT(mfi_options_clear_queue(o), MFI_RESULT_OK);
  CHECK_EQ_INT(mfi_classify_with((const uint8_t *)t, strlen(t), o, &d), MFI_RESULT_OK);
  CHECK(!mfi_diagnosis_queue(d, &q));
  mfi_diagnosis_free(d);
  mfi_options_free(o);

  /* The version macros of the header are the library's version. */
  char macro_version[32];
  snprintf(macro_version, sizeof macro_version, "%d.%d.%d", MFI_VERSION_MAJOR, MFI_VERSION_MINOR,
           MFI_VERSION_PATCH);
  CHECK(strcmp(mfi_version(), macro_version) == 0);
  CHECK(strcmp(mfi_contract_version(), "1.2") == 0);
}

/* A stated severity is the severity of a text that states none, and only of such a text. */
static void test_stated_severity(void) {
  mfi_options *o = mfi_options_new();
  CHECK_EQ_INT(mfi_options_set_stated_severity(o, 99), MFI_RESULT_INVALID_ARGUMENT);
  CHECK_EQ_INT(mfi_options_set_stated_severity(o, MFI_SEVERITY_PERMANENT), MFI_RESULT_OK);
  const char *bare = "Unrouteable address", *coded = "451 4.3.0 Try again later";
  mfi_diagnosis *d = NULL;
  CHECK_EQ_INT(mfi_classify_with((const uint8_t *)bare, strlen(bare), o, &d), MFI_RESULT_OK);
  CHECK_EQ_INT(mfi_diagnosis_severity(d), MFI_SEVERITY_PERMANENT);
  mfi_diagnosis_free(d);
  CHECK_EQ_INT(mfi_classify_with((const uint8_t *)coded, strlen(coded), o, &d), MFI_RESULT_OK);
  CHECK_EQ_INT(mfi_diagnosis_severity(d), MFI_SEVERITY_TRANSIENT);
  mfi_diagnosis_free(d);
  /* Unknown takes the statement back. */
  CHECK_EQ_INT(mfi_options_set_stated_severity(o, MFI_SEVERITY_UNKNOWN), MFI_RESULT_OK);
  CHECK_EQ_INT(mfi_classify_with((const uint8_t *)bare, strlen(bare), o, &d), MFI_RESULT_OK);
  CHECK_EQ_INT(mfi_diagnosis_severity(d), MFI_SEVERITY_UNKNOWN);
  mfi_diagnosis_free(d);
  mfi_options_free(o);
}

int main(void) {
  test_null_arguments();
  test_buffers();
  test_hostile_input();
  test_lengths_and_line_ends();
  test_options_and_accessors();
  test_stated_severity();
  /* Reports: NULL arguments, empty and hostile input, out-of-range recipients. */
  {
    mfi_report *r = (mfi_report *)1;
    CHECK_EQ_INT(mfi_report_read(NULL, 5, NULL, &r), MFI_RESULT_NULL_ARGUMENT);
    CHECK(r == NULL);
    CHECK_EQ_INT(mfi_report_read((const uint8_t *)"x", 1, NULL, NULL), MFI_RESULT_NULL_ARGUMENT);
    CHECK_EQ_INT(mfi_report_read((const uint8_t *)"x", (size_t)PTRDIFF_MAX + 1, NULL, &r),
                 MFI_RESULT_INVALID_ARGUMENT);
    CHECK_EQ_INT(mfi_report_read(NULL, 0, NULL, &r), MFI_RESULT_OK);
    CHECK_EQ_INT(mfi_report_message_kind(r), MFI_REPORT_KIND_NOT_A_REPORT);
    CHECK(mfi_report_recipient_count(r) == 0);
    CHECK(mfi_report_recipient_diagnosis(r, 0) == NULL);
    CHECK(mfi_report_recipient(r, 7).len == 0);
    mfi_action a;
    CHECK(!mfi_report_recipient_action(r, 0, &a));
    mfi_report_free(r);
    const unsigned char junk[] = {0, 0xff, '\r', '\n', '-', '-', 0x80, 'F', 'r', 'o', 'm', ' ', 0};
    CHECK_EQ_INT(mfi_report_read(junk, sizeof junk, NULL, &r), MFI_RESULT_OK);
    mfi_report_free(r);
    mfi_report_free(NULL);
    CHECK_EQ_INT(mfi_report_message_kind(NULL), MFI_REPORT_KIND_NOT_A_REPORT);
    CHECK(mfi_report_recipient_count(NULL) == 0);
    CHECK(mfi_report_reporting_mta(NULL).len == 0);
    int64_t t;
    CHECK(!mfi_report_arrival_date(NULL, &t));
    CHECK(!mfi_report_recipient_hardbounce(NULL, 0));
    CHECK(mfi_report_recipient_diagnosis(NULL, 0) == NULL);
    size_t needed = 0;
    CHECK_EQ_INT(mfi_report_to_json(NULL, NULL, 0, &needed), MFI_RESULT_NULL_ARGUMENT);
    CHECK(mfi_report_kind_name(99) == NULL && mfi_action_name(99) == NULL);
    CHECK_EQ_INT(mfi_options_set_queue_profile(NULL, 0), MFI_RESULT_NULL_ARGUMENT);
    mfi_options *o = mfi_options_new();
    CHECK_EQ_INT(mfi_options_set_queue_profile(o, 999), MFI_RESULT_INVALID_ARGUMENT);
    mfi_options_free(o);
  }
  return check_finish("errors");
}
