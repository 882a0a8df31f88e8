/* Calls every function of include/mfi.h once, as a plain program would. Run under
 * valgrind with every leak kind counted (definite, indirect, possible, reachable): the
 * library must leave nothing allocated behind (its tables are static, built at compile
 * time). A test checks that this file names every function the header declares. */
#include <stdio.h>
#include <string.h>

#include "mfi.h"
#include "check.h"

int main(void) {
  CHECK(strlen(mfi_version()) >= 5);
  CHECK(strlen(mfi_contract_version()) >= 3);

  mfi_options *o = mfi_options_new();
  int64_t first = 0, now = 0;
  CHECK_EQ_INT(mfi_parse_time((const uint8_t *)"2025-01-08T06:00:00Z", 20, &first), MFI_RESULT_OK);
  now = first + 3600;
  CHECK_EQ_INT(mfi_options_set_connector(o, MFI_CONNECTOR_TARGET_PARTNER), MFI_RESULT_OK);
  CHECK_EQ_INT(mfi_options_set_origin(o, MFI_ORIGIN_EXCHANGE_ONLINE), MFI_RESULT_OK);
  CHECK_EQ_INT(mfi_options_set_stated_severity(o, MFI_SEVERITY_PERMANENT), MFI_RESULT_OK);
  CHECK_EQ_INT(mfi_options_set_locale(o, "zh-CN"), MFI_RESULT_OK);
  CHECK_EQ_INT(mfi_options_set_queue(o, MFI_QUEUE_PROFILE_EXCHANGE_SERVER, first, now), MFI_RESULT_OK);
  CHECK_EQ_INT(mfi_options_set_max_len(o, 4096), MFI_RESULT_OK);

  const char *text = "450 4.4.316 Connection refused [Message=Socket error code 10061] "
                     "[LastAttemptedIP=192.0.2.7:25]";
  mfi_diagnosis *d = NULL, *plain = NULL;
  CHECK_EQ_INT(mfi_classify_with((const uint8_t *)text, strlen(text), o, &d), MFI_RESULT_OK);
  CHECK_EQ_INT(mfi_classify((const uint8_t *)text, strlen(text), &plain), MFI_RESULT_OK);

  char json[8192];
  size_t needed = 0;
  CHECK_EQ_INT(mfi_diagnosis_to_json(d, json, sizeof json, &needed), MFI_RESULT_OK);
  CHECK_EQ_INT(mfi_diagnosis_to_json_fields(d, "severity, mfi_code", json, sizeof json, &needed),
               MFI_RESULT_OK);
  CHECK(strcmp(json, "{\"severity\":\"transient\",\"mfi_code\":\"4.4.316\"}") == 0);
  CHECK(needed == strlen(json) + 1);
  CHECK(mfi_diagnosis_text(d).len == strlen(text));
  CHECK_EQ_INT(mfi_diagnosis_reply_code(d), 450);
  mfi_enhanced_status st;
  CHECK(mfi_diagnosis_enhanced_status(d, &st));
  CHECK_EQ_INT(mfi_diagnosis_severity(d), MFI_SEVERITY_TRANSIENT);
  mfi_code code;
  CHECK(mfi_diagnosis_mfi_code(d, &code));
  mfi_match how;
  CHECK(mfi_diagnosis_mfi_match(d, &how));
  CHECK(!mfi_diagnosis_expired(d));
  CHECK_EQ_INT(mfi_diagnosis_reason(d), MFI_REASON_NETWORKERROR);
  CHECK_EQ_INT(mfi_diagnosis_origin(d), MFI_ORIGIN_EXCHANGE_ONLINE);
  CHECK(mfi_diagnosis_title(d) != NULL && mfi_diagnosis_meaning(d) != NULL);
  /* The options' locale (zh-CN) gives the title in Chinese; the plain one is English. */
  CHECK(strcmp(mfi_diagnosis_title(d), mfi_diagnosis_title(plain)) != 0);
  CHECK(strcmp(mfi_diagnosis_title(plain), "Connection refused") == 0);
  mfi_cause cause;
  CHECK(mfi_diagnosis_cause_count(d) > 0 && mfi_diagnosis_cause_at(d, 0, &cause));
  mfi_remediation rem;
  CHECK(mfi_diagnosis_remediation_count(d) > 0 && mfi_diagnosis_remediation_at(d, 0, &rem));
  mfi_reply reply;
  CHECK(mfi_diagnosis_reply_count(d) == 1 && mfi_diagnosis_reply_at(d, 0, &reply));
  mfi_attr_key key;
  mfi_str value;
  CHECK(mfi_diagnosis_attribute_count(d) > 0 && mfi_diagnosis_attribute_at(d, 0, &key, &value));
  CHECK_EQ_INT(mfi_diagnosis_attribute(d, (const uint8_t *)"socket_error", 12, &value), MFI_RESULT_OK);
  CHECK(!mfi_diagnosis_truncated(d));
  mfi_queue_outcome q;
  CHECK(mfi_diagnosis_queue(d, &q));

  CHECK(mfi_code_name(code) != NULL);
  CHECK(mfi_match_name(how) != NULL);
  CHECK(mfi_severity_name(MFI_SEVERITY_UNKNOWN) != NULL);
  CHECK(mfi_reason_name(MFI_REASON_EXPIRED) != NULL);
  CHECK(mfi_cause_name(cause) != NULL && mfi_cause_text(cause) != NULL);
  CHECK(mfi_remediation_id_name(rem.id) != NULL && mfi_remediation_text(rem.id) != NULL);
  mfi_actor actor;
  CHECK(mfi_remediation_actor(rem.id, &actor) && actor == rem.actor);
  CHECK(mfi_actor_name(actor) != NULL);
  CHECK(mfi_connector_target_name(MFI_CONNECTOR_TARGET_UNKNOWN) != NULL);
  CHECK(mfi_origin_name(MFI_ORIGIN_UNKNOWN) != NULL);
  CHECK(mfi_queue_profile_name(q.profile) != NULL);
  CHECK(mfi_queue_state_name(q.state) != NULL);
  CHECK(mfi_attr_key_name(key) != NULL);
  char msg[64];
  CHECK_EQ_INT(mfi_result_message(MFI_RESULT_OK, msg, sizeof msg, NULL), MFI_RESULT_OK);

  /* A whole message: a delay notice with every per-recipient field. */
  const char *msg_text =
      "From: MAILER-DAEMON@mx.example.net\r\n"
      "Subject: Delayed Mail (still being retried)\r\n"
      "Content-Type: multipart/report; report-type=delivery-status; boundary=b\r\n\r\n"
      "--b\r\nContent-Type: message/delivery-status\r\n\r\n"
      "Reporting-MTA: dns; mx.example.net\r\nArrival-Date: Wed, 8 Jan 2025 06:00:00 +0000\r\n\r\n"
      "Final-Recipient: rfc822; a@example.org\r\nOriginal-Recipient: rfc822; a@example.org\r\n"
      "Action: delayed\r\nStatus: 4.4.1\r\nRemote-MTA: dns; mx.example.org\r\n"
      "Diagnostic-Code: smtp; 451 4.4.1 Connection timed out\r\n"
      "Last-Attempt-Date: Wed, 8 Jan 2025 07:00:00 +0000\r\n"
      "Will-Retry-Until: Mon, 13 Jan 2025 06:00:00 +0000\r\n"
      "--b\r\nContent-Type: text/rfc822-headers\r\n\r\n"
      "From: s@example.net\r\nTo: a@example.org\r\nSubject: hi\r\nMessage-ID: <m1@example.net>\r\n"
      "Date: Wed, 8 Jan 2025 05:59:00 +0000\r\n--b--\r\n";
  CHECK_EQ_INT(mfi_options_set_queue_profile(o, MFI_QUEUE_PROFILE_POSTFIX), MFI_RESULT_OK);
  CHECK_EQ_INT(mfi_options_clear_queue(o), MFI_RESULT_OK);
  mfi_report *r = NULL;
  CHECK_EQ_INT(mfi_report_read((const uint8_t *)msg_text, strlen(msg_text), o, &r), MFI_RESULT_OK);
  CHECK_EQ_INT(mfi_report_message_kind(r), MFI_REPORT_KIND_DELAY);
  CHECK(strcmp(mfi_report_kind_name(MFI_REPORT_KIND_DELAY), "delay") == 0);
  CHECK(mfi_report_reporting_mta(r).len == strlen("mx.example.net"));
  int64_t t = 0;
  CHECK(mfi_report_arrival_date(r, &t) && t == first);
  CHECK(mfi_report_original_message_id(r).len == strlen("m1@example.net"));
  CHECK(mfi_report_original_from(r).len > 0 && mfi_report_original_to(r).len > 0);
  CHECK(mfi_report_original_subject(r).len == 2 && mfi_report_original_date(r, &t));
  CHECK(mfi_report_recipient_count(r) == 1);
  CHECK(mfi_report_recipient(r, 0).len == strlen("a@example.org"));
  CHECK(mfi_report_original_recipient(r, 0).len == strlen("a@example.org"));
  mfi_action action;
  CHECK(mfi_report_recipient_action(r, 0, &action) && action == MFI_ACTION_DELAYED);
  CHECK(strcmp(mfi_action_name(action), "delayed") == 0);
  mfi_enhanced_status rst;
  CHECK(mfi_report_recipient_status(r, 0, &rst) && rst.detail == 1);
  CHECK(mfi_report_recipient_reported_status(r, 0, &rst) && rst.status_class == 4);
  CHECK(mfi_report_recipient_remote_mta(r, 0).len == strlen("mx.example.org"));
  CHECK(mfi_report_recipient_diagnostic_code(r, 0).len > 0);
  CHECK(mfi_report_recipient_last_attempt(r, 0, &t) && t == first + 3600);
  CHECK(mfi_report_recipient_will_retry_until(r, 0, &t) && t == first + 5 * 86400);
  CHECK(!mfi_report_recipient_hardbounce(r, 0));
  const mfi_diagnosis *rd = mfi_report_recipient_diagnosis(r, 0);
  CHECK(rd != NULL && mfi_diagnosis_severity(rd) == MFI_SEVERITY_TRANSIENT);
  mfi_queue_outcome rq;
  CHECK(mfi_diagnosis_queue(rd, &rq) && rq.expires_at == first + 5 * 86400);
  char rjson[16384];
  CHECK_EQ_INT(mfi_report_to_json(r, rjson, sizeof rjson, &needed), MFI_RESULT_OK);
  mfi_report_free(r);

  mfi_diagnosis_free(d);
  mfi_diagnosis_free(plain);
  mfi_options_free(o);
  return check_finish("every_function");
}
