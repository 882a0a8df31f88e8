#!/usr/bin/env python3
"""Deterministic generator of realistic mail-delivery log fixtures for `mfi report`.

    python3 scripts/gen-logs.py [--out testdata/logs]
    python3 scripts/gen-logs.py --big N PATH        # N-line Postfix log for speed runs

One simulated day (2026-03-10, UTC) of outbound mail, plus the earlier arrivals
that are still queued (and expire that day), is replayed through a small
delivery simulator per MTA (Postfix, Exim, Sendmail, OpenSMTPD, Exchange
Server, Exchange Online) and written in that software's own log format.  The
destinations and their behaviour (the "truth") are fixed below; every failure
the writers put into a file is also recorded, and `TRUTH.md` is printed from
those records, so the truth always describes exactly what was written.

Everything is deterministic: fixed dates, `random.Random(seed)` per output,
sorted iteration, gzip with mtime=0 and no file name.  Run it twice and the
outputs are byte-identical.  Only the standard library is used.

Formats follow the real software (sources are listed in testdata/logs/README.md);
where a text could not be verified it is marked "modelled" there.
"""

from __future__ import annotations

import argparse
import gzip
import heapq
import json
import random
import sys
import time as _time
from datetime import datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
UTC = timezone.utc


def T(y, mo, d, h=0, mi=0, s=0.0):
    return datetime(y, mo, d, h, mi, 0, tzinfo=UTC).timestamp() + s


H = 3600.0
MIN = 60.0
DAY = T(2026, 3, 10)          # the simulated day
PREV = T(2026, 3, 9)          # the previous day (rotated Postfix log)
NEXT = T(2026, 3, 11)

# --------------------------------------------------------------------------------------------
# time formatting
# --------------------------------------------------------------------------------------------

MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def dtm(t):
    return datetime.fromtimestamp(round(t, 6), UTC)


def fmt_syslog(t):  # "Mar 10 02:03:04" / "Mar  9 02:03:04"
    d = dtm(t)
    return f"{MON[d.month - 1]} {d.day:2d} {d.hour:02d}:{d.minute:02d}:{d.second:02d}"


def fmt_rfc3339(t):  # rsyslog RSYSLOG_FileFormat / journald export style
    d = dtm(t)
    return d.strftime("%Y-%m-%dT%H:%M:%S.") + f"{d.microsecond:06d}+00:00"


def fmt_exim(t):
    return dtm(t).strftime("%Y-%m-%d %H:%M:%S")


def fmt_msz(t):  # 2026-03-10T02:03:04.123Z
    d = dtm(t)
    return d.strftime("%Y-%m-%dT%H:%M:%S.") + f"{d.microsecond // 1000:03d}Z"


def fmt_7z(t):  # historical search: 2026-03-10T02:03:04.1234567Z
    d = dtm(t)
    return d.strftime("%Y-%m-%dT%H:%M:%S.") + f"{d.microsecond:06d}0Z"


def fmt_us(t):  # en-US DateTime.ToString(): 3/10/2026 2:03:04 AM
    d = dtm(t)
    h12 = d.hour % 12 or 12
    return f"{d.month}/{d.day}/{d.year} {h12}:{d.minute:02d}:{d.second:02d} {'AM' if d.hour < 12 else 'PM'}"


def fmt_utc(t):  # for TRUTH.md
    return dtm(t).strftime("%Y-%m-%dT%H:%M:%SZ")


def pf_delay(x):
    """Postfix format_tv(): >= 10 s as integer, else 2 significant digits, 10 ms resolution."""
    if x >= 10:
        return str(int(round(x)))
    if x < 0.005:
        return "0"
    if x >= 1:
        v = round(x, 1)
    elif x >= 0.1:
        v = round(x, 2)
    else:
        v = round(x, 2)
    s = f"{v:.2f}".rstrip("0").rstrip(".")
    return s if s else "0"


def sm_delay(x):  # sendmail pintvl(x, true): [D+]HH:MM:SS
    x = int(x)
    d, x = divmod(x, 86400)
    h, x = divmod(x, 3600)
    m, s = divmod(x, 60)
    return (f"{d}+" if d else "") + f"{h:02d}:{m:02d}:{s:02d}"


def osmtpd_dur(x):  # OpenSMTPD duration_to_text()
    x = int(x)
    if x == 0:
        return "0s"
    d, x = divmod(x, 86400)
    h, x = divmod(x, 3600)
    m, s = divmod(x, 60)
    out = ""
    if d:
        out += f"{d}d"
    if h:
        out += f"{h}h"
    if m:
        out += f"{m}m"
    if s:
        out += f"{s}s"
    return out


# --------------------------------------------------------------------------------------------
# id encodings
# --------------------------------------------------------------------------------------------

B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
PF_SAFE = "0123456789BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz"  # postfix safe_ultostr alphabet
SM_QID = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwx"  # sendmail QueueIdChars


def enc(n, alphabet, width):
    b = len(alphabet)
    s = ""
    while n:
        s = alphabet[n % b] + s
        n //= b
    return s.rjust(width, alphabet[0])


def pf_short_id(rng, t):
    # MQID short form: microseconds as 5 hex digits + inode number in hex
    usec = int(round(t * 1e6)) % 1000000
    inode = rng.randrange(0x10000, 0x3FFFFFF)
    return f"{usec:05X}{inode:X}"


def pf_long_id(rng, t):
    # MQID long form: seconds base52 (>=6) + usec base52 (4) + 'z' + inode base51
    sec = int(t)
    usec = int(round(t * 1e6)) % 1000000
    inode = rng.randrange(100000, 9000000)
    return enc(sec, PF_SAFE, 6) + enc(usec, PF_SAFE, 4) + "z" + enc(inode, PF_SAFE[:51], 1)


def exim_old_id(rng, t, pid):  # 6-6-2 (Exim < 4.97)
    frac = (int(round(t * 1e6)) % 1000000) // 500
    return f"{enc(int(t), B62, 6)}-{enc(pid, B62, 6)}-{enc(frac % 3844, B62, 2)}"


def exim_new_id(rng, t, pid):  # 6-11-4 (Exim >= 4.97)
    usec = int(round(t * 1e6)) % 1000000
    return f"{enc(int(t), B62, 6)}-{enc(pid, B62, 11)}-{enc(usec, B62, 4)}"


def sm_qid(rng, t, pid):  # sendmail 8.12+: YMDhms + 2 sequence chars + 6-digit pid
    d = dtm(t)
    c = [d.year - 1900, d.month - 1, d.day, d.hour, d.minute, d.second]
    s = "".join(SM_QID[v % 60] for v in c)
    return s + SM_QID[rng.randrange(60)] + SM_QID[rng.randrange(60)] + f"{pid:06d}"


def guid(rng, tail08=False):
    h = f"{rng.getrandbits(128):032x}"
    if tail08:  # Exchange network-message-ids end in a time-derived 08de... group
        h = h[:20] + "08de" + h[24:]
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def hexn(rng, n):
    return f"{rng.getrandbits(4 * n):0{n}x}"


# --------------------------------------------------------------------------------------------
# the scenario: destinations and their behaviour
# --------------------------------------------------------------------------------------------

# ok domains: (domain, mx host, ip, remote MTA flavour used for the 250 reply text)
OK_DOMAINS = [
    ("example-a.com", "mx.example-a.com", "198.51.100.101", "postfix"),
    ("example-b.com", "mail.example-b.com", "198.51.100.102", "exim"),
    ("example-c.com", "mx01.example-c.com", "198.51.100.103", "exchange"),
    ("example-d.com", "mx.example-d.com", "198.51.100.104", "postfix"),
    ("example-e.com", "smtp-in.example-e.com", "198.51.100.105", "generic"),
    ("example-f.com", "mx.example-f.com", "198.51.100.106", "sendmail"),
    ("example-g.com", "mx1.example-g.com", "198.51.100.107", "postfix"),
    ("example-h.com", "mail.example-h.com", "198.51.100.108", "exim"),
    ("example-i.com", "mx.example-i.com", "203.0.113.109", "exchange"),
    ("example-j.com", "inbound.example-j.com", "203.0.113.110", "generic"),
    ("example-k.com", "mx.example-k.com", "203.0.113.111", "postfix"),
    ("example-l.com", "mx2.example-l.com", "203.0.113.112", "exim"),
    ("example-m.com", "mail.example-m.com", "203.0.113.113", "postfix"),
    ("example-n.com", "mx.example-n.com", "203.0.113.114", "sendmail"),
    ("example-o.com", "mx.example-o.com", "203.0.113.115", "exchange"),
]
# the decoy: its name contains a failure word, but it delivers fine
DECOY_DOMAIN = ("servfail-tools.example.com", "mx.servfail-tools.example.com", "203.0.113.70", "postfix")
INTERNAL = ("corp.example.com", "mailstore.corp.example.com", "192.0.2.40", "postfix")

FAIL_MX = {
    "refused.example.net": [("mx1.refused.example.net", "192.0.2.10")],
    "timeout.example.org": [("mx.timeout.example.org", "198.51.100.20")],
    "servfail.example.com": [("mx.servfail.example.com", "198.51.100.80")],  # used while DNS works
    "tls.example.net": [("mx1.tls.example.net", "203.0.113.31"), ("mx2.tls.example.net", "203.0.113.32")],
    "greylist.example.org": [("mx.greylist.example.org", "198.51.100.40")],
    "unknown.example.com": [("mx.unknown.example.com", "203.0.113.50")],
    "dropped.example.net": [("mx.dropped.example.net", "203.0.113.60")],
}

# failure windows (UTC).  Outside a window the destination delivers normally.
REFUSED_WIN = (DAY + 2 * H, DAY + 7.5 * H)          # resolved at 07:30
SERVFAIL_FROM = DAY + 9.25 * H                       # 09:15, not resolved
TLS_FROM = PREV + 22 * H                             # 2026-03-09 22:00, not resolved
TLS_NAME_MISMATCH_FROM = DAY + 12 * H                # mx2 swaps its untrusted cert for a trusted one with the wrong name
DROPPED_WIN = (DAY + 13 * H, DAY + 16.75 * H)        # resolved at 16:45
TIMEOUT_FROM = T(2026, 3, 4)                          # dead for a week, not resolved
GREYLIST_SECS = 300                                   # postgrey default delay

DEST_DESC = {
    "refused.example.net": "TCP connection refused by mx1.refused.example.net [192.0.2.10] from 02:00 to 07:30 UTC on 2026-03-10, then delivers again (resolved)",
    "timeout.example.org": "TCP connection to mx.timeout.example.org [198.51.100.20] times out since 2026-03-04 (all day, not resolved); mail queued long enough expires",
    "nxdomain.example": "the domain does not exist (NXDOMAIN): permanent, bounced at once",
    "servfail.example.com": "DNS lookups for the domain fail temporarily (SERVFAIL) from 09:15 UTC (not resolved); before that it delivers via mx.servfail.example.com [198.51.100.80]",
    "tls.example.net": "TLS is required for this domain (sender policy); mx1.tls.example.net [203.0.113.31] does not offer STARTTLS, mx2.tls.example.net [203.0.113.32] fails certificate verification (untrusted issuer until 12:00, then a trusted certificate for the wrong name); from 2026-03-09 22:00, not resolved",
    "greylist.example.org": "mx.greylist.example.org [198.51.100.40] greylists every new recipient for 300 s (450 4.7.1), then accepts the retry",
    "unknown.example.com": "mx.unknown.example.com [203.0.113.50] rejects the recipient with 550 5.1.1 user unknown: bounced",
    "dropped.example.net": "mx.dropped.example.net [203.0.113.60] drops the connection before the SMTP greeting from 13:00 to 16:45 UTC (resolved)",
}

FAIL_ORDER = ["refused.example.net", "timeout.example.org", "nxdomain.example", "servfail.example.com",
              "tls.example.net", "greylist.example.org", "unknown.example.com", "dropped.example.net"]


class Res:
    """Outcome of one delivery attempt for one recipient."""
    __slots__ = ("kind", "host", "ip", "flavor", "variant", "perm")

    def __init__(self, kind, host=None, ip=None, flavor=None, variant=None, perm=False):
        self.kind, self.host, self.ip, self.flavor, self.variant, self.perm = kind, host, ip, flavor, variant, perm

    @property
    def ok(self):
        return self.kind == "sent"


DOMAIN_MX = {d: (h, ip, fl) for d, h, ip, fl in OK_DOMAINS + [DECOY_DOMAIN, INTERNAL]}


def behave(domain, t, rcpt, greyseen):
    """What the destination does to an attempt at time t (the truth)."""
    if domain in DOMAIN_MX:
        h, ip, fl = DOMAIN_MX[domain]
        return Res("sent", h, ip, fl)
    mx = FAIL_MX.get(domain)
    if domain == "refused.example.net":
        if REFUSED_WIN[0] <= t < REFUSED_WIN[1]:
            return Res("refused", *mx[0])
        return Res("sent", *mx[0], flavor="postfix")
    if domain == "timeout.example.org":
        return Res("timeout", *mx[0]) if t >= TIMEOUT_FROM else Res("sent", *mx[0], flavor="generic")
    if domain == "nxdomain.example":
        return Res("nxdomain", perm=True)
    if domain == "servfail.example.com":
        return Res("servfail") if t >= SERVFAIL_FROM else Res("sent", *mx[0], flavor="exim")
    if domain == "tls.example.net":
        if t >= TLS_FROM:
            return Res("tls", *mx[1], variant="mismatch" if t >= TLS_NAME_MISMATCH_FROM else "untrusted")
        return Res("sent", *mx[0], flavor="postfix")
    if domain == "greylist.example.org":
        first = greyseen.setdefault(rcpt, t)
        if t - first < GREYLIST_SECS:
            return Res("greylist", *mx[0])
        return Res("sent", *mx[0], flavor="postfix")
    if domain == "unknown.example.com":
        return Res("unknown", *mx[0], perm=True)
    if domain == "dropped.example.net":
        if DROPPED_WIN[0] <= t < DROPPED_WIN[1]:
            return Res("dropped", *mx[0])
        return Res("sent", *mx[0], flavor="exchange")
    raise KeyError(domain)


# --------------------------------------------------------------------------------------------
# messages
# --------------------------------------------------------------------------------------------

SENDERS = ["billing@corp.example.com", "noreply@corp.example.com", "alerts@corp.example.com",
           "alice.martin@corp.example.com", "bob.nguyen@corp.example.com", "hr@corp.example.com",
           "sales@corp.example.com", "support@corp.example.com", "newsletter@corp.example.com",
           "carol.schmidt@corp.example.com", "orders@corp.example.com", "dave.okafor@corp.example.com"]
LOCALPARTS = ["john.smith", "mary.jones", "info", "sales", "support", "accounts", "j.doe", "orders",
              "purchasing", "m.rossi", "helpdesk", "kim.lee", "finance", "team", "ap", "contact",
              "p.garcia", "office", "jobs", "it-ops", "anna.k", "reception", "logistics", "t.brown"]
CLIENTS = [("app01.corp.example.com", "192.0.2.101"), ("app02.corp.example.com", "192.0.2.102"),
           ("web01.corp.example.com", "192.0.2.110"), ("crm01.corp.example.com", "192.0.2.120"),
           ("erp01.corp.example.com", "192.0.2.121")]
SUBJECTS = ["Invoice 2026-0311", "Your order has shipped", "Password reset", "Weekly report",
            "Re: meeting on Thursday", "Quote request", "Invoice 4711, March", "Delivery note",
            'Re: "Quarterly" figures', "Ticket #48213 updated", "Reminder: payment due", "Contract draft v3",
            "Newsletter March 2026", "Re: Re: onboarding, next steps", "Monitoring alert: disk 91%"]
SUBJECTS_INTL = ["Bestellbestätigung Nr. 88412", "Rechnung – März 2026", "Réunion de lundi", "注文確認 #5512",
                 "Ofertă actualizată"]


class Msg:
    __slots__ = ("arrival", "sender", "rcpts", "size", "subject", "msgid", "client", "sub", "kind_hint",
                 "key", "data")

    def __init__(self, arrival, sender, rcpts, size, subject, msgid, client, sub, hint):
        self.arrival, self.sender, self.rcpts, self.size = arrival, sender, rcpts, size
        self.subject, self.msgid, self.client, self.sub, self.kind_hint = subject, msgid, client, sub, hint
        self.key = None
        self.data = {}


def weighted_time(rng, t0, t1):
    """Arrival time in [t0, t1), heavier in working hours."""
    while True:
        t = rng.uniform(t0, t1)
        h = dtm(t).hour
        w = 1.0 if 7 <= h < 19 else 0.35
        if rng.random() < w:
            return t


def domain_of(addr):
    return addr.rsplit("@", 1)[1]


def make_messages(rng, t0, t1, n_ok, fail_plan, intl=False, extra_rcpt_p=0.12):
    """n_ok messages to ok domains spread over [t0, t1) plus, per failing domain, a list of
    (t_from, t_to, count) arrival windows.  Returns messages sorted by arrival."""
    msgs = []

    def new_msg(t, rcpts, hint):
        sender = rng.choice(SENDERS)
        subj = rng.choice(SUBJECTS_INTL if intl and rng.random() < 0.15 else SUBJECTS)
        size = rng.choice([rng.randrange(1800, 9000), rng.randrange(9000, 60000), rng.randrange(60000, 900000)]
                          if rng.random() < 0.3 else [rng.randrange(1800, 12000)])
        cl = rng.choice(CLIENTS)
        sub = None
        r = rng.random()
        if r < 0.12:
            cl = "local"
        elif r < 0.25:
            sub = sender.split("@")[0]
            cl = ("vpn-" + str(rng.randrange(10, 99)) + ".corp.example.com", f"192.0.2.{rng.randrange(150, 199)}")
        stamp = dtm(t).strftime("%Y%m%d%H%M%S")
        msgid = rng.choice([f"{stamp}.{hexn(rng, 12).upper()}@{'app01' if cl == 'local' else 'mailer'}.corp.example.com",
                            f"{hexn(rng, 16)}.{int(t)}@corp.example.com",
                            f"{guid(rng)}@corp.example.com"])
        m = Msg(t, sender, rcpts, size, subj, msgid, cl, sub, hint)
        msgs.append(m)
        return m

    def ok_rcpt():
        d = rng.choice(OK_DOMAINS)[0]
        return f"{rng.choice(LOCALPARTS)}@{d}"

    for _ in range(n_ok):
        t = weighted_time(rng, t0, t1)
        rc = [ok_rcpt()]
        if rng.random() < extra_rcpt_p:
            rc.append(ok_rcpt())
        if rng.random() < 0.04:  # same-domain second recipient
            d = domain_of(rc[0])
            rc.append(f"{rng.choice(LOCALPARTS)}@{d}")
        new_msg(t, sorted(set(rc), key=rc.index), "ok")
    for dom, windows in fail_plan.items():
        for (a, b, cnt) in windows:
            for i in range(cnt):
                t = a + (b - a) * (i + rng.uniform(0.1, 0.9)) / cnt
                lp = rng.choice(LOCALPARTS)
                rc = [f"{lp}@{dom}"]
                if dom in DOMAIN_MX:  # decoys and extra ok traffic
                    pass
                elif rng.random() < 0.25 and dom not in ("unknown.example.com",):
                    rc.append(ok_rcpt())  # mixed message: one ok recipient, one failing
                elif rng.random() < 0.15 and dom not in ("unknown.example.com", "nxdomain.example"):
                    lp2 = rng.choice([x for x in LOCALPARTS if x != lp])
                    rc.append(f"{lp2}@{dom}")  # two recipients in the failing domain
                new_msg(t, rc, dom)
    msgs.sort(key=lambda m: m.arrival)
    return msgs


def add_decoys(rng, msgs, t0, t1, n_tools, n_refused_lp, n_timeout_lp):
    def mk(rcpt):
        t = weighted_time(rng, t0, t1)
        m = Msg(t, rng.choice(SENDERS), [rcpt], rng.randrange(2000, 15000), rng.choice(SUBJECTS),
                f"{hexn(rng, 16)}.{int(t)}@corp.example.com", rng.choice(CLIENTS), None, "decoy")
        msgs.append(m)
    for _ in range(n_tools):
        mk(f"{rng.choice(LOCALPARTS)}@servfail-tools.example.com")
    for _ in range(n_refused_lp):
        mk("refused@example-b.com")
    for _ in range(n_timeout_lp):
        mk("timeout@example-c.com")
    msgs.sort(key=lambda m: m.arrival)


def groups_of(rcpts):
    """Recipients grouped by domain, in first-seen order."""
    g = {}
    for r in rcpts:
        g.setdefault(domain_of(r), []).append(r)
    return list(g.items())


# --------------------------------------------------------------------------------------------
# truth records
# --------------------------------------------------------------------------------------------

class Truth:
    """Every per-recipient outcome line a writer emits, plus evidence-only lines."""

    def __init__(self):
        self.recs = []   # (t, domain, rcpt, msgkey, outcome, cls, host)
        self.noise = []  # (t, description)

    def add(self, t, rcpt, msgkey, outcome, cls=None, host=None):
        self.recs.append((t, domain_of(rcpt), rcpt, msgkey, outcome, cls, host))

    def note(self, t, what):
        self.noise.append((t, what))


CLASS_OF = {
    "refused": "connection-refused", "timeout": "connection-timeout", "nxdomain": "dns-nxdomain",
    "servfail": "dns-servfail", "greylist": "greylisted (450 4.7.1)", "unknown": "user-unknown (550 5.1.1)",
    "dropped": "lost-connection-before-greeting",
}


def cls_of(res):
    if res.kind == "tls":
        return "tls-policy (STARTTLS not offered / certificate " + ("name mismatch" if res.variant == "mismatch" else "untrusted") + ")"
    return CLASS_OF[res.kind]


def hostlabel(h, ip):
    return f"{h}[{ip}]" if h else None


class EventLoop:
    def __init__(self):
        self.q = []
        self.n = 0

    def at(self, t, fn, *args):
        self.n += 1
        heapq.heappush(self.q, (t, self.n, fn, args))

    def run(self, t_end):
        while self.q:
            t, _, fn, args = heapq.heappop(self.q)
            if t >= t_end:
                break
            fn(t, *args)


# --------------------------------------------------------------------------------------------
# shared text snippets
# --------------------------------------------------------------------------------------------

TLS13 = "TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits) key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256"
TLS12 = "TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits)"
GREY_TEXT = "450 4.7.1 <{r}>: Recipient address rejected: Greylisted, see https://postgrey.greylist.example.org/help/greylist.example.org"
UNKNOWN_TEXT = "550 5.1.1 <{r}>: Recipient address rejected: User unknown in virtual mailbox table"


def reply_250(rng, flavor, t, msgid):
    if flavor == "postfix":
        return "250 2.0.0 Ok: queued as " + pf_long_id(rng, t + 0.2)
    if flavor == "exim":
        return "250 OK id=" + exim_new_id(rng, t + 0.2, rng.randrange(100000, 4000000))
    if flavor == "exchange":
        return (f"250 2.6.0 <{msgid}> [InternalId={rng.randrange(10**13, 10**14)}, "
                f"Hostname=EXMBX{rng.randrange(1, 9):02d}.ad.example.net] Queued mail for delivery")
    if flavor == "sendmail":
        return f"250 2.0.0 {sm_qid(rng, t, rng.randrange(1000, 99999))} Message accepted for delivery"
    return "250 2.0.0 Message accepted for delivery"


# ============================================================================================
# Postfix
# ============================================================================================

class PostfixWriter:
    """Simulates one Postfix 3.x outbound relay (smtpd -> cleanup -> qmgr -> smtp)."""

    MAX_LIFETIME = 5 * 86400       # maximal_queue_lifetime
    MIN_BACKOFF, MAX_BACKOFF, QUEUE_RUN = 300, 4000, 300

    def __init__(self, rng, hostname, long_ids, t_start, t_end):
        self.rng, self.host, self.long_ids = rng, hostname, long_ids
        self.t_start, self.t_end = t_start, t_end
        self.lines = []        # (t, seq, program, pid, text)
        self.seq = 0
        self.truth = Truth()
        self.loop = EventLoop()
        self.greyseen = {}
        self.dead = {}         # domain -> (until, reason, dsn, hostlabel)
        r = rng
        self.qmgr_pid = r.randrange(700, 1500)
        self.pickup_pid = r.randrange(700, 1500)
        self.smtp_pids = [r.randrange(2000, 60000) for _ in range(24)]
        self.smtpd_pids = [r.randrange(2000, 60000) for _ in range(12)]
        self.cleanup_pids = [r.randrange(2000, 60000) for _ in range(3)]
        self.bounce_pids = [r.randrange(2000, 60000) for _ in range(2)]
        self.error_pids = [r.randrange(2000, 60000) for _ in range(3)]
        self.anvil_pid = r.randrange(2000, 60000)

    # -- output helpers
    def emit(self, t, prog, pid, text):
        if self.t_start <= t < self.t_end:
            self.seq += 1
            self.lines.append((t, self.seq, prog, pid, text))
            return True
        return False

    def qid(self, t):
        return pf_long_id(self.rng, t) if self.long_ids else pf_short_id(self.rng, t)

    # -- life of a message
    def add(self, m):
        m.key = self.qid(m.arrival)
        m.data["pending"] = groups_of(m.rcpts)
        self.loop.at(m.arrival, self.arrive, m)

    def arrive(self, t, m):
        rng = self.rng
        q = m.key
        if m.client == "local":
            self.emit(t, "postfix/pickup", self.pickup_pid, f"{q}: uid=33 from=<www-data>")
            from_addr = f"www-data@{self.host}.corp.example.com"
            m.sender = from_addr
            t2 = t + rng.uniform(0.005, 0.03)
        else:
            ch, cip = m.client
            pid = rng.choice(self.smtpd_pids)
            prog = "postfix/submission/smtpd" if m.sub else "postfix/smtpd"
            t0 = t - rng.uniform(0.15, 0.9)
            self.emit(t0, prog, pid, f"connect from {ch}[{cip}]")
            if m.sub:
                self.emit(t0 + 0.05, prog, pid, f"Anonymous TLS connection established from {ch}[{cip}]: {TLS13}")
                self.emit(t - 0.05, prog, pid, f"{q}: client={ch}[{cip}], sasl_method=PLAIN, sasl_username={m.sub}")
            else:
                self.emit(t - 0.05, prog, pid, f"{q}: client={ch}[{cip}]")
            n = len(m.rcpts)
            self.emit(t + rng.uniform(0.04, 0.3), prog, pid,
                      f"disconnect from {ch}[{cip}] ehlo=1{' starttls=1 auth=1' if m.sub else ''} mail=1 rcpt={n} data=1 quit=1 commands={5 + n - 1 + (2 if m.sub else 0)}")
            t2 = t
        self.emit(t2 + 0.002, "postfix/cleanup", rng.choice(self.cleanup_pids), f"{q}: message-id=<{m.msgid}>")
        m.data["size"] = m.size + rng.randrange(300, 900)
        self.loop.at(t2 + rng.uniform(0.004, 0.02), self.active, m, True)

    def active(self, t, m, first):
        rng = self.rng
        q = m.key
        pend = m.data["pending"]
        nr = sum(len(r) for _, r in pend)
        self.emit(t, "postfix/qmgr", self.qmgr_pid, f"{q}: from=<{m.sender}>, size={m.data['size']}, nrcpt={nr} (queue active)")
        t += rng.uniform(0.002, 0.02)
        still, bounced = [], []
        for dom, rcpts in pend:
            t += rng.uniform(0.01, 0.2)
            res_list = [behave(dom, t, r, self.greyseen) for r in rcpts]
            t, deferred, perm = self.attempt(t, m, dom, rcpts, res_list)
            if deferred:
                still.append((dom, deferred))
            bounced += perm
        m.data["pending"] = still
        t += rng.uniform(0.001, 0.01)
        if bounced:
            t = self.ndr(t, m, "bounce")
        if still:
            if t > m.arrival + self.MAX_LIFETIME:
                self.emit(t, "postfix/qmgr", self.qmgr_pid, f"{q}: from=<{m.sender}>, status=expired, returned to sender")
                for dom, rcpts in still:
                    for r in rcpts:
                        self.truth.add(t, r, q, "expired", m.data.get("lastcls", {}).get(r), m.data.get("lasthost", {}).get(r))
                t = self.ndr(t + 0.001, m, "expire")
                self.emit(t + 0.001, "postfix/qmgr", self.qmgr_pid, f"{q}: removed")
                return
            age = t - m.arrival
            delay = min(max(age, self.MIN_BACKOFF), self.MAX_BACKOFF)
            nxt = t + delay
            nxt = (int(nxt // self.QUEUE_RUN) + 1) * self.QUEUE_RUN + rng.uniform(0.5, 25)
            self.loop.at(nxt, self.active, m, False)
        else:
            self.emit(t + 0.001, "postfix/qmgr", self.qmgr_pid, f"{q}: removed")

    def delays(self, t, m, c, d, first_stage):
        a = max(0.0, (t - c - d) - m.arrival) if first_stage is None else first_stage
        b = self.rng.choice([0, 0.01, 0.01, 0.02])
        total = a + b + c + d
        return f"delay={pf_delay(total)}, delays={pf_delay(a)}/{pf_delay(b)}/{pf_delay(c)}/{pf_delay(d)}"

    def attempt(self, t, m, dom, rcpts, res_list):
        rng = self.rng
        q = m.key
        pid = rng.choice(self.smtp_pids)
        r0 = res_list[0]
        deferred, perm = [], []
        lastcls = m.data.setdefault("lastcls", {})
        lasthost = m.data.setdefault("lasthost", {})
        dead = self.dead.get(dom)
        failing = r0.kind in ("refused", "timeout", "servfail", "tls", "dropped")
        if failing and dead and t < dead[0]:
            # queue is throttled: qmgr hands the recipients to the retry(8)/error(8) agent
            epid = rng.choice(self.error_pids)
            t += rng.uniform(0.01, 0.05)
            dstr = self.delays(t, m, 0, rng.choice([0, 0.01]), None)
            for r in rcpts:
                self.emit(t, "postfix/error", epid,
                          f"{q}: to=<{r}>, relay=none, {dstr}, dsn={dead[2]}, status=deferred (delivery temporarily suspended: {dead[1]})")
                if self.t_start <= t < self.t_end:
                    self.truth.add(t, r, q, "deferred", cls_of(r0), dead[3])
                lastcls[r], lasthost[r] = cls_of(r0), dead[3]
                deferred.append(r)
            return t, deferred, perm
        if r0.kind == "sent" or r0.kind in ("greylist", "unknown"):
            # a real SMTP session; per-recipient results
            c = rng.uniform(0.05, 0.9)
            d = rng.uniform(0.05, 1.2)
            t += c
            if rng.random() < 0.85:
                self.emit(t, "postfix/smtp", pid,
                          f"{'Trusted' if rng.random() < 0.8 else 'Untrusted'} TLS connection established to {r0.host}[{r0.ip}]:25: {TLS13 if rng.random() < 0.7 else TLS12}")
            t += d
            dstr = self.delays(t, m, c, d, None)
            for r, res in zip(rcpts, res_list):
                relay = f"{res.host}[{res.ip}]:25"
                if res.kind == "sent":
                    self.emit(t, "postfix/smtp", pid,
                              f"{q}: to=<{r}>, relay={relay}, {dstr}, dsn=2.0.0, status=sent ({reply_250(rng, res.flavor, t, m.msgid)})")
                    if self.t_start <= t < self.t_end:
                        self.truth.add(t, r, q, "delivered")
                elif res.kind == "greylist":
                    self.emit(t, "postfix/smtp", pid,
                              f"{q}: to=<{r}>, relay={relay}, {dstr}, dsn=4.7.1, status=deferred (host {res.host}[{res.ip}] said: {GREY_TEXT.format(r=r)} (in reply to RCPT TO command))")
                    if self.t_start <= t < self.t_end:
                        self.truth.add(t, r, q, "deferred", cls_of(res), hostlabel(res.host, res.ip))
                    deferred.append(r)
                elif res.kind == "unknown":
                    self.emit(t, "postfix/smtp", pid,
                              f"{q}: to=<{r}>, relay={relay}, {dstr}, dsn=5.1.1, status=bounced (host {res.host}[{res.ip}] said: {UNKNOWN_TEXT.format(r=r)} (in reply to RCPT TO command))")
                    if self.t_start <= t < self.t_end:
                        self.truth.add(t, r, q, "bounced", cls_of(res), hostlabel(res.host, res.ip))
                    perm.append(r)
            return t, deferred, perm
        # destination-level failures
        hl = hostlabel(r0.host, r0.ip)
        if r0.kind in ("refused", "timeout"):
            c = rng.uniform(0.001, 0.05) if r0.kind == "refused" else 30
            t += c
            why = f"connect to {r0.host}[{r0.ip}]:25: {'Connection refused' if r0.kind == 'refused' else 'Connection timed out'}"
            self.emit(t, "postfix/smtp", pid, why)
            t += rng.uniform(0.0005, 0.003)
            relay, dsn, st, reason = "none", "4.4.1", "deferred", why
            dd = 0
        elif r0.kind == "dropped":
            c = rng.uniform(0.05, 0.4)
            t += c
            relay, dsn, st = f"{r0.host}[{r0.ip}]:25", "4.4.2", "deferred"
            reason = f"lost connection with {r0.host}[{r0.ip}] while receiving the initial server greeting"
            dd = 0
        elif r0.kind in ("servfail", "nxdomain"):
            c = rng.uniform(0.01, 0.4) if r0.kind == "nxdomain" else rng.uniform(0.5, 5)
            t += c
            relay = "none"
            if r0.kind == "nxdomain":
                dsn, st = "5.4.4", "bounced"
                reason = f"Host or domain name not found. Name service error for name={dom} type=MX: Host not found"
            else:
                dsn, st = "4.4.3", "deferred"
                reason = f"Host or domain name not found. Name service error for name={dom} type=MX: Host not found, try again"
            dd = 0
            hl = None
        elif r0.kind == "tls":
            h1, ip1 = FAIL_MX[dom][0]
            t += rng.uniform(0.05, 0.3)
            self.emit(t, "postfix/smtp", pid, f"{q}: TLS is required, but was not offered by host {h1}[{ip1}]")
            t += rng.uniform(0.1, 0.6)
            if r0.variant == "untrusted":
                self.emit(t, "postfix/smtp", pid,
                          f"certificate verification failed for {r0.host}[{r0.ip}]:25: untrusted issuer /C=XX/O=Example Private CA/CN=Example Private Root CA")
                self.emit(t + 0.001, "postfix/smtp", pid, f"Untrusted TLS connection established to {r0.host}[{r0.ip}]:25: {TLS12}")
                reason = "Server certificate not trusted"
            else:
                self.emit(t + 0.001, "postfix/smtp", pid, f"Trusted TLS connection established to {r0.host}[{r0.ip}]:25: {TLS13}")
                reason = "Server certificate not verified"
            t += 0.002
            c = rng.uniform(0.4, 1.2)
            relay, dsn, st, dd = f"{r0.host}[{r0.ip}]:25", "4.7.5", "deferred", 0
            hl = f"{h1}[{ip1}], {r0.host}[{r0.ip}]"
        else:
            raise AssertionError(r0.kind)
        dstr = self.delays(t, m, c, dd, None)
        for r in rcpts:
            self.emit(t, "postfix/smtp", pid,
                      f"{q}: to=<{r}>, relay={relay}, {dstr}, dsn={dsn}, status={st} ({reason})")
            outcome = "bounced" if st == "bounced" else "deferred"
            if self.t_start <= t < self.t_end:
                self.truth.add(t, r, q, outcome, cls_of(r0), hl)
            lastcls[r], lasthost[r] = cls_of(r0), hl
            (perm if st == "bounced" else deferred).append(r)
        if st == "deferred":
            self.dead[dom] = (t + self.MIN_BACKOFF, reason, dsn, hl)
        return t, deferred, perm

    def ndr(self, t, m, why):
        """bounce(8) writes a non-delivery notification; it is queued and delivered to the sender."""
        rng = self.rng
        if m.sender.startswith("www-data@"):
            rcpt = m.sender  # local user, delivered locally below
        else:
            rcpt = m.sender
        q2 = self.qid(t)
        self.emit(t, "postfix/cleanup", rng.choice(self.cleanup_pids),
                  f"{q2}: message-id=<{dtm(t).strftime('%Y%m%d%H%M%S')}.{q2}@{self.host}.corp.example.com>")
        self.emit(t + 0.001, "postfix/bounce", rng.choice(self.bounce_pids), f"{m.key}: sender non-delivery notification: {q2}")
        size = m.size // 2 + rng.randrange(2500, 4000)
        t += rng.uniform(0.002, 0.01)
        self.emit(t, "postfix/qmgr", self.qmgr_pid, f"{q2}: from=<>, size={size}, nrcpt=1 (queue active)")
        t2 = t + rng.uniform(0.05, 0.4)
        if rcpt.startswith("www-data@"):
            self.emit(t2, "postfix/local", rng.randrange(2000, 60000),
                      f"{q2}: to=<{rcpt}>, relay=local, delay={pf_delay(t2 - t + 0.01)}, delays=0.01/0/0/{pf_delay(t2 - t)}, dsn=2.0.0, status=sent (delivered to mailbox)")
        else:
            h, ip, fl = DOMAIN_MX["corp.example.com"]
            self.emit(t2, "postfix/smtp", rng.choice(self.smtp_pids),
                      f"{q2}: to=<{rcpt}>, relay={h}[{ip}]:25, delay={pf_delay(t2 - t + 0.01)}, delays=0.01/0/{pf_delay((t2 - t) / 2)}/{pf_delay((t2 - t) / 2)}, dsn=2.0.0, status=sent (250 2.0.0 Ok: queued as {pf_long_id(rng, t2)})")
        self.emit(t2 + 0.001, "postfix/qmgr", self.qmgr_pid, f"{q2}: removed")
        return t + 0.001

    def noise(self, t0, t1, n_reject=3):
        rng = self.rng
        t = t0 + rng.uniform(300, 900)
        while t < t1:
            self.emit(t, "postfix/anvil", self.anvil_pid,
                      f"statistics: max connection rate {rng.randrange(1, 6)}/60s for (smtp:{rng.choice(CLIENTS)[1]}) at {fmt_syslog(t - rng.uniform(60, 500))}")
            self.emit(t, "postfix/anvil", self.anvil_pid,
                      f"statistics: max connection count {rng.randrange(1, 4)} for (smtp:{rng.choice(CLIENTS)[1]}) at {fmt_syslog(t - rng.uniform(60, 500))}")
            self.emit(t + 0.001, "postfix/anvil", self.anvil_pid, f"statistics: max cache size {rng.randrange(1, 5)} at {fmt_syslog(t - rng.uniform(60, 500))}")
            t += rng.uniform(3000, 5400)
        # inbound rejections and a DNS warning: failure words that are NOT outbound delivery failures
        for i in range(n_reject):
            t = t0 + (t1 - t0) * (i + 0.5) / n_reject + rng.uniform(-600, 600)
            pid = rng.choice(self.smtpd_pids)
            ip = f"203.0.113.{rng.randrange(200, 250)}"
            if self.emit(t, "postfix/smtpd", pid, f"connect from unknown[{ip}]"):
                self.truth.note(t, "inbound relay attempt rejected by smtpd (NOQUEUE: reject ... Relay access denied)")
            self.emit(t + 0.3, "postfix/smtpd", pid,
                      f"warning: hostname scan-{ip.split('.')[-1]}.example.net does not resolve to address {ip}: Name or service not known")
            self.emit(t + 0.9, "postfix/smtpd", pid,
                      f"NOQUEUE: reject: RCPT from unknown[{ip}]: 554 5.7.1 <relaytest@example-k.com>: Relay access denied; from=<probe@example.net> to=<relaytest@example-k.com> proto=ESMTP helo=<[{ip}]>")
            self.emit(t + 1.2, "postfix/smtpd", pid, f"disconnect from unknown[{ip}] ehlo=1 mail=1 rcpt=0/1 quit=1 commands=3/4")

    def run(self):
        self.loop.run(self.t_end)
        self.lines.sort(key=lambda x: (x[0], x[1]))
        return self.lines


def render_syslog(lines, host):
    return [f"{fmt_syslog(t)} {host} {prog}[{pid}]: {text}\n" for t, _, prog, pid, text in lines]


def render_rfc3339(lines, host):
    return [f"{fmt_rfc3339(t)} {host} {prog}[{pid}]: {text}\n" for t, _, prog, pid, text in lines]


# ============================================================================================
# Exim
# ============================================================================================

class EximWriter:
    """Exim 4 main log.  The server is upgraded from 4.96 to 4.98 at 12:00: new message ids
    (6-11-4 instead of 6-6-2) from then on, and the 4.98 errno numbering and ' : ' spacing."""

    UPGRADE = DAY + 12 * H
    CUTOFF = 4 * 86400   # retry rule "*  *  F,2h,15m; G,16h,1h,1.5; F,4d,6h" (configure.default)

    def __init__(self, rng, t_start, t_end):
        self.rng = rng
        self.t_start, self.t_end = t_start, t_end
        self.lines = []
        self.seq = 0
        self.truth = Truth()
        self.loop = EventLoop()
        self.greyseen = {}
        self.hostretry = {}   # domain -> dict(first, next, interval)
        self.addrretry = {}   # rcpt -> next try time (address-level, after a 4xx RCPT)
        self.queue = []       # queued messages

    def new(self, t):
        return t >= self.UPGRADE

    def emit(self, t, text):
        if self.t_start <= t < self.t_end:
            self.seq += 1
            self.lines.append((t, self.seq, text))
            return True
        return False

    def add(self, m):
        pid = self.rng.randrange(3000, 400000)
        m.key = exim_new_id(self.rng, m.arrival, pid) if self.new(m.arrival) else exim_old_id(self.rng, m.arrival, pid)
        m.data["pending"] = groups_of(m.rcpts)
        self.loop.at(m.arrival, self.arrive, m)

    def arrive(self, t, m):
        rng = self.rng
        if m.client == "local":
            m.sender = "www-data@mx-out.corp.example.com"
            src = "U=www-data P=local"
        else:
            ch, cip = m.client
            if m.sub:
                src = f"H=({ch}) [{cip}] P=esmtpsa X=TLS1.3:TLS_AES_256_GCM_SHA384:256 CV=no A=dovecot_plain:{m.sub}"
            elif rng.random() < 0.6:
                src = f"H={ch} [{cip}] P=esmtps X=TLS1.3:TLS_AES_256_GCM_SHA384:256 CV=no"
            else:
                src = f"H={ch} [{cip}] P=esmtp"
        self.emit(t, f"{m.key} <= {m.sender} {src} S={m.size} id={m.msgid}")
        self.deliver(t + rng.uniform(0.05, 0.4), m, immediate=True)

    def hretry_due(self, dom, t):
        st = self.hostretry.get(dom)
        return st is None or t >= st["next"]

    def hfail(self, dom, t):
        st = self.hostretry.get(dom)
        if st is None:
            st = self.hostretry[dom] = {"first": t, "interval": 15 * MIN}
        age = t - st["first"]
        if age < 2 * H:
            st["interval"] = 15 * MIN
        elif age < 16 * H:
            st["interval"] = H if st["interval"] < H else st["interval"] * 1.5
        else:
            st["interval"] = 6 * H
        st["next"] = t + st["interval"]

    def deliver(self, t, m, immediate):
        rng = self.rng
        new = self.new(t)
        still = []
        bounced = []
        for dom, rcpts in m.data["pending"]:
            t += rng.uniform(0.01, 0.3)
            res = [behave(dom, t, r, self.greyseen) for r in rcpts]
            r0 = res[0]
            if dom == "timeout.example.org" and t - m.arrival > self.CUTOFF:
                for r in rcpts:
                    self.emit(t, f"{m.key} ** {r}: retry timeout exceeded")
                    if self.t_start <= t < self.t_end:
                        self.truth.add(t, r, m.key, "expired", "connection-timeout", hostlabel(*FAIL_MX[dom][0]))
                    bounced.append(r)
                continue
            hostlevel = r0.kind in ("refused", "timeout", "tls", "dropped")
            if r0.kind == "servfail" and not self.hretry_due(dom, t):
                for r in rcpts:
                    self.emit(t, f"{m.key} == {r} routing defer ({-52 if new else -51}): retry time not reached")
                    if self.t_start <= t < self.t_end:
                        self.truth.add(t, r, m.key, "retrywait", cls_of(r0), None)
                still.append((dom, rcpts))
                continue
            if hostlevel and not self.hretry_due(dom, t):
                for r in rcpts:
                    self.emit(t, f"{m.key} == {r} R=dnslookup T=remote_smtp defer ({-54 if new else -53}): retry time not reached for any host for '{dom}'")
                    if self.t_start <= t < self.t_end:
                        self.truth.add(t, r, m.key, "retrywait", cls_of(r0), None)
                still.append((dom, rcpts))
                continue
            if r0.kind == "greylist" or dom == "greylist.example.org":
                due = [r for r in rcpts if t >= self.addrretry.get(r, 0)]
                if not due:
                    still.append((dom, rcpts))
                    continue
            t, deferred, perm = self.attempt(t, m, dom, rcpts, res, new)
            if deferred:
                still.append((dom, deferred))
            bounced += perm
        m.data["pending"] = still
        if bounced:
            t = self.bounce(t + 0.01, m)
        if not still:
            self.emit(t + rng.uniform(0.001, 0.01), f"{m.key} Completed")
            if m in self.queue:
                self.queue.remove(m)
        elif m not in self.queue:
            self.queue.append(m)
        return t

    def xcv(self, new):
        return "X=TLS1.3:TLS_AES_256_GCM_SHA384:256 CV=yes" + (" :" if new else ":")

    def attempt(self, t, m, dom, rcpts, res, new):
        rng = self.rng
        r0 = res[0]
        deferred, perm = [], []
        c = self.xcv(new)
        if r0.kind in ("sent", "greylist", "unknown"):
            t += rng.uniform(0.3, 1.8)
            sent = []
            for r, x in zip(rcpts, res):
                if x.kind == "greylist":
                    self.emit(t, f"{m.key} == {r} R=dnslookup T=remote_smtp defer (-44) H={x.host} [{x.ip}]: SMTP error from remote mail server after RCPT TO:<{r}>: {GREY_TEXT.format(r=r)}")
                    if self.t_start <= t < self.t_end:
                        self.truth.add(t, r, m.key, "deferred", cls_of(x), hostlabel(x.host, x.ip))
                    self.addrretry[r] = t + 15 * MIN
                    deferred.append(r)
                elif x.kind == "unknown":
                    self.emit(t, f"{m.key} ** {r} R=dnslookup T=remote_smtp H={x.host} [{x.ip}] {c} SMTP error from remote mail server after RCPT TO:<{r}>: {UNKNOWN_TEXT.format(r=r)}")
                    if self.t_start <= t < self.t_end:
                        self.truth.add(t, r, m.key, "bounced", cls_of(x), hostlabel(x.host, x.ip))
                    perm.append(r)
                else:
                    sent.append((r, x))
            conf = None
            for i, (r, x) in enumerate(sent):
                if conf is None:
                    conf = reply_250(rng, x.flavor, t, m.msgid).replace('"', '\\"')
                flag = "=>" if i == 0 else "->"
                self.emit(t + 0.001 * i, f"{m.key} {flag} {r} R=dnslookup T=remote_smtp H={x.host} [{x.ip}] X=TLS1.3:TLS_AES_256_GCM_SHA384:256 CV=yes C=\"{conf}\"")
                if self.t_start <= t < self.t_end:
                    self.truth.add(t, r, m.key, "delivered")
            if r0.kind == "sent":
                self.hostretry.pop(dom, None)
            return t + 0.01, deferred, perm
        hl = hostlabel(r0.host, r0.ip)
        if r0.kind == "nxdomain":
            for r in rcpts:
                self.emit(t, f"{m.key} ** {r}: Unrouteable address")
                if self.t_start <= t < self.t_end:
                    self.truth.add(t, r, m.key, "bounced", cls_of(r0), None)
                perm.append(r)
            return t, deferred, perm
        if r0.kind == "servfail":
            t += rng.uniform(1, 5)
            for r in rcpts:
                self.emit(t, f"{m.key} == {r} R=dnslookup defer (-1): host lookup did not complete")
                if self.t_start <= t < self.t_end:
                    self.truth.add(t, r, m.key, "deferred", cls_of(r0), None)
                deferred.append(r)
            self.hfail(dom, t)
            return t, deferred, perm
        if r0.kind == "refused":
            t += rng.uniform(0.001, 0.05)
            self.emit(t, f"{m.key} H={r0.host} [{r0.ip}] Connection refused")
            line = f"defer (111): Connection refused"
        elif r0.kind == "timeout":
            t += 300  # connect_timeout default 5m
            self.emit(t, f"{m.key} H={r0.host} [{r0.ip}] Connection timed out")
            line = f"defer (110): Connection timed out"
        elif r0.kind == "dropped":
            if rng.random() < 0.7:
                t += rng.uniform(0.05, 0.4)
                why = "Remote host closed connection in response to initial connection"
                self.emit(t, f"{m.key} H={r0.host} [{r0.ip}]: {why}")
                line = f"defer (-18) H={r0.host} [{r0.ip}]: {why}"
            else:
                t += 300  # command_timeout waiting for the banner
                why = "SMTP timeout after initial connection"
                self.emit(t, f"{m.key} H={r0.host} [{r0.ip}]: {why}: Connection timed out")
                line = f"defer (110): Connection timed out H={r0.host} [{r0.ip}]: {why}"
        elif r0.kind == "tls":
            h1, ip1 = FAIL_MX[dom][0]
            t += rng.uniform(0.1, 0.5)
            self.emit(t, f"{m.key} H={h1} [{ip1}]: a TLS session is required, but the server did not offer TLS support")
            t += rng.uniform(0.2, 0.8)
            # GnuTLS build (Debian): an untrusted chain and (since 4.93, tls_verify_cert_hostnames) a name
            # mismatch are both reported as "certificate invalid"
            why = "TLS session: (certificate verification failed): certificate invalid"
            self.emit(t, f"{m.key} H={r0.host} [{r0.ip}]: {why}")
            line = f"defer (-37) H={r0.host} [{r0.ip}]: {why}"
            hl = f"{h1}[{ip1}], {r0.host}[{r0.ip}]"
        else:
            raise AssertionError(r0.kind)
        t += 0.001
        for r in rcpts:
            self.emit(t, f"{m.key} == {r} R=dnslookup T=remote_smtp {line}")
            if self.t_start <= t < self.t_end:
                self.truth.add(t, r, m.key, "deferred", cls_of(r0), hl)
            deferred.append(r)
        self.hfail(dom, t)
        return t, deferred, perm

    def bounce(self, t, m):
        rng = self.rng
        pid = rng.randrange(3000, 400000)
        bid = exim_new_id(rng, t, pid) if self.new(t) else exim_old_id(rng, t, pid)
        self.emit(t, f"{bid} <= <> R={m.key} U=Debian-exim P=local S={m.size // 3 + rng.randrange(1500, 3000)}")
        if m.sender.startswith("www-data@"):
            self.emit(t + 0.05, f"{bid} => www-data <www-data@mx-out.corp.example.com> R=local_user T=mail_spool")
        else:
            h, ip, fl = DOMAIN_MX["corp.example.com"]
            self.emit(t + 0.3, f"{bid} => {m.sender} R=dnslookup T=remote_smtp H={h} [{ip}] X=TLS1.3:TLS_AES_256_GCM_SHA384:256 CV=yes C=\"250 2.0.0 Ok: queued as {pf_long_id(rng, t)}\"")
        self.emit(t + 0.31, f"{bid} Completed")
        return t + 0.02

    def queue_run(self, t):
        rng = self.rng
        pid = rng.randrange(3000, 400000)
        self.emit(t, f"Start queue run: pid={pid}")
        for m in list(self.queue):
            if m.arrival >= t:
                continue
            t = self.deliver(t + rng.uniform(0.01, 0.2), m, immediate=False)
        self.emit(t + rng.uniform(0.05, 0.3), f"End queue run: pid={pid}")

    def run(self, first_run, msgs):
        for m in msgs:
            if m.arrival < self.t_start:
                # already queued when the log starts
                m.data["pending"] = groups_of(m.rcpts)
                self.queue.append(m)
                pid = self.rng.randrange(3000, 400000)
                m.key = exim_old_id(self.rng, m.arrival, pid)
            else:
                self.add(m)
        # the timeout host has been failing for days: its retry record is in the F,6h phase
        self.hostretry["timeout.example.org"] = {"first": TIMEOUT_FROM, "interval": 6 * H, "next": self.t_start + 2.2 * H}
        t = first_run
        while t < self.t_end:
            self.loop.at(t + self.rng.uniform(0.2, 2.5), self.queue_run)
            t += 30 * MIN
        self.loop.run(self.t_end)
        self.lines.sort(key=lambda x: (x[0], x[1]))
        return [f"{fmt_exim(t)} {text}\n" for t, _, text in self.lines]


# ============================================================================================
# Sendmail
# ============================================================================================

class SendmailWriter:
    """sendmail 8.15/8.17 MTA with queue runs every 30 minutes (-q30m)."""

    QUEUE_RETURN = 5 * 86400   # Timeout.queuereturn 5d
    HOSTSTATUS = 30 * MIN      # Timeout.hoststatus

    def __init__(self, rng, host, t_start, t_end):
        self.rng, self.host = rng, host
        self.t_start, self.t_end = t_start, t_end
        self.lines = []
        self.seq = 0
        self.truth = Truth()
        self.loop = EventLoop()
        self.greyseen = {}
        self.hstat = {}      # host -> (until, stat text, dsn)
        self.queue = []

    def emit(self, t, pid, text):
        if self.t_start <= t < self.t_end:
            self.seq += 1
            self.lines.append((t, self.seq, pid, text))
            return True
        return False

    def add(self, m):
        rng = self.rng
        pid = rng.randrange(1000, 99999)
        m.data["pid"] = pid
        if m.client == "local" and any(domain_of(r) not in DOMAIN_MX for r in m.rcpts):
            m.client = rng.choice(CLIENTS)  # keep the MSP relay stage (mailer=relay ... Sent) to ok domains
        m.key = sm_qid(rng, m.arrival, pid)
        m.data["pending"] = groups_of(m.rcpts)
        m.data["tries"] = 0
        if m.arrival < self.t_start:
            self.queue.append(m)
        else:
            self.loop.at(m.arrival, self.arrive, m)

    def arrive(self, t, m):
        rng = self.rng
        pid = m.data["pid"]
        if m.client == "local":
            # submitted through the MSP (sendmail -t from www-data), relayed to the MTA on localhost
            q1 = sm_qid(rng, t - 0.4, pid - 1)
            self.emit(t - 0.4, pid - 1, f"{q1}: from=www-data, size={m.size - 40}, class=0, nrcpts={len(m.rcpts)}, msgid=<{m.msgid}>, relay=www-data@localhost")
            m.sender = f"www-data@{self.host}.corp.example.com"
            rel = "localhost [127.0.0.1]"
        else:
            ch, cip = m.client
            rel = f"{ch} [{cip}]"
            if rng.random() < 0.6:
                self.emit(t - 0.2, pid, f"STARTTLS=server, relay={rel}, version=TLSv1.3, verify=NO, cipher=TLS_AES_256_GCM_SHA384, bits=256/256")
            if m.sub:
                self.emit(t - 0.1, pid, f"AUTH=server, relay={rel}, authid={m.sub}, mech=PLAIN, bits=0")
        body = ", bodytype=8BITMIME" if rng.random() < 0.5 else ""
        proto = "ESMTPSA" if m.sub else ("ESMTP" if m.client == "local" else rng.choice(["ESMTP", "ESMTPS"]))
        self.emit(t, pid, f"{m.key}: from=<{m.sender}>, size={m.size}, class=0, nrcpts={len(m.rcpts)}, msgid=<{m.msgid}>{body}, proto={proto}, daemon=MTA, relay={rel}")
        if m.client == "local":
            self.emit(t + 0.05, pid - 1,
                      f"{q1}: to={','.join(m.rcpts)}, ctladdr=www-data (33/33), delay=00:00:00, xdelay=00:00:00, mailer=relay, pri={30000 + m.size}, relay=[127.0.0.1] [127.0.0.1], dsn=2.0.0, stat=Sent ({m.key} Message accepted for delivery)")
        self.deliver(t + rng.uniform(0.1, 0.5), m, rng.randrange(1000, 99999) if rng.random() < 0.3 else pid)

    def deliver(self, t, m, pid):
        rng = self.rng
        still, bounced = [], []
        m.data["tries"] += 1
        pri = m.size + 30000 * len(m.rcpts) + 90000 * (m.data["tries"] - 1)
        for dom, rcpts in m.data["pending"]:
            t += rng.uniform(0.01, 0.2)
            res = [behave(dom, t, r, self.greyseen) for r in rcpts]
            t, deferred, perm = self.attempt(t, m, pid, pri, dom, rcpts, res)
            if deferred:
                still.append((dom, deferred))
            bounced += perm
        m.data["pending"] = still
        if bounced:
            t = self.dsn(t, m, pid, "; ".join(sorted(set(m.data.get("dsnwhy", [])))))
        if still and t - m.arrival > self.QUEUE_RETURN:
            for dom, rcpts in still:
                for r in rcpts:
                    if self.t_start <= t < self.t_end:
                        self.truth.add(t, r, m.key, "expired", m.data["lastcls"].get(r), m.data["lasthost"].get(r))
            m.data["pending"] = still = []
            t = self.dsn(t + 0.01, m, pid, f"Cannot send message for {self.QUEUE_RETURN // 86400} days")
        if still:
            if m not in self.queue:
                self.queue.append(m)
        elif m in self.queue:
            self.queue.remove(m)
        return t

    def attempt(self, t, m, pid, pri, dom, rcpts, res):
        rng = self.rng
        r0 = res[0]
        deferred, perm = [], []
        lastcls = m.data.setdefault("lastcls", {})
        lasthost = m.data.setdefault("lasthost", {})
        why_dsn = m.data.setdefault("dsnwhy", [])
        delay = sm_delay(t - m.arrival)
        hl = hostlabel(r0.host, r0.ip)
        if r0.kind in ("sent", "greylist", "unknown"):
            x0 = 0.3 + rng.random()
            t += x0
            if rng.random() < 0.85:
                self.emit(t - 0.2, pid, f"STARTTLS=client, relay={r0.host}., version=TLSv1.3, verify=OK, cipher=TLS_AES_256_GCM_SHA384, bits=256/256")
            sent = [r for r, x in zip(rcpts, res) if x.kind == "sent"]
            if sent:
                rep = reply_250(rng, r0.flavor, t, m.msgid)
                text = rep.split(" ", 1)[1]
                if text[:1].isdigit() and text[1:2] == ".":
                    text = text.split(" ", 1)[1]
                self.emit(t, pid, f"{m.key}: to={','.join('<' + r + '>' for r in sent)}, delay={delay}, xdelay={sm_delay(x0)}, mailer=esmtp, pri={pri}, relay={r0.host}. [{r0.ip}], dsn=2.0.0, stat=Sent ({text})")
                for r in sent:
                    if self.t_start <= t < self.t_end:
                        self.truth.add(t, r, m.key, "delivered")
            for r, x in zip(rcpts, res):
                if x.kind == "greylist":
                    g = GREY_TEXT.format(r=r)
                    self.emit(t, pid, f"{m.key}: to=<{r}>, delay={delay}, xdelay={sm_delay(x0)}, mailer=esmtp, pri={pri}, relay={x.host}. [{x.ip}], dsn=4.7.1, stat=Deferred: {g}")
                    if self.t_start <= t < self.t_end:
                        self.truth.add(t, r, m.key, "deferred", cls_of(x), hostlabel(x.host, x.ip))
                    lastcls[r], lasthost[r] = cls_of(x), hostlabel(x.host, x.ip)
                    deferred.append(r)
                elif x.kind == "unknown":
                    self.emit(t, pid, f"{m.key}: to=<{r}>, delay={delay}, xdelay={sm_delay(x0)}, mailer=esmtp, pri={pri}, relay={x.host}. [{x.ip}], dsn=5.1.1, stat=User unknown")
                    if self.t_start <= t < self.t_end:
                        self.truth.add(t, r, m.key, "bounced", cls_of(x), hostlabel(x.host, x.ip))
                    why_dsn.append("User unknown")
                    perm.append(r)
            return t, deferred, perm
        to = ",".join("<" + r + ">" for r in rcpts)
        xd = "00:00:00"
        if r0.kind in ("refused", "timeout", "dropped"):
            cached = self.hstat.get(r0.host)
            if r0.kind == "refused":
                stat, dsn = f"Deferred: Connection refused by {r0.host}.", "4.0.0"
            elif r0.kind == "timeout":
                stat, dsn = f"Deferred: Connection timed out with {r0.host}.", "4.0.0"
            else:
                stat, dsn = f"Deferred: Connection reset by {r0.host}.", "4.0.0"
            if cached and t < cached[0]:
                relay = f"{r0.host}."              # host status cache: no connection, no address
            else:
                c = 75 if r0.kind == "timeout" else rng.uniform(0.01, 0.4)  # Timeout.connect default = OS (75 s)
                t += c
                xd = sm_delay(c)
                relay = f"{r0.host}. [{r0.ip}]"
                self.hstat[r0.host] = (t + self.HOSTSTATUS, stat, dsn)
        elif r0.kind == "nxdomain":
            relay, dsn, stat = dom, "5.1.2", f"Host unknown (Name server: {dom}: host not found)"
            hl = None
        elif r0.kind == "servfail":
            t += rng.uniform(1, 5)
            relay, dsn, stat = dom, "4.4.3", f"Deferred: Name server: {dom}: host name lookup failure"
            hl = None
        elif r0.kind == "tls":
            h1, ip1 = FAIL_MX[dom][0]
            t += rng.uniform(0.2, 0.6)
            self.emit(t, pid, f"ruleset=tls_server, arg1=NONE, relay={h1}, reject=403 4.7.0 other side does not support STARTTLS")
            t += rng.uniform(0.2, 0.8)
            # access map: "TLS_Srv:tls.example.net  VERIFY+CN" (proto.m4 TLS_connection / TLS_req)
            if r0.variant == "untrusted":
                verify, why = "FAIL", "403 4.7.0 authentication failed"
            else:
                verify, why = "OK", f"403 4.7.0 CN mail.hosting.example does not match {r0.host}"
            self.emit(t, pid, f"STARTTLS=client, relay={r0.host}., version=TLSv1.3, verify={verify}, cipher=TLS_AES_256_GCM_SHA384, bits=256/256")
            self.emit(t + 0.001, pid, f"ruleset=tls_server, arg1={verify}, relay={r0.host}, reject={why}")
            relay, dsn, stat = f"{r0.host}. [{r0.ip}]", "4.7.0", f"Deferred: {why}"
            hl = f"{h1}[{ip1}], {r0.host}[{r0.ip}]"
        else:
            raise AssertionError(r0.kind)
        t += 0.001
        self.emit(t, pid, f"{m.key}: to={to}, delay={delay}, xdelay={xd}, mailer=esmtp, pri={pri}, relay={relay}, dsn={dsn}, stat={stat}")
        for r in rcpts:
            if r0.kind == "nxdomain":
                if self.t_start <= t < self.t_end:
                    self.truth.add(t, r, m.key, "bounced", cls_of(r0), None)
                perm.append(r)
            else:
                if self.t_start <= t < self.t_end:
                    self.truth.add(t, r, m.key, "deferred", cls_of(r0), hl)
                lastcls[r], lasthost[r] = cls_of(r0), hl
                deferred.append(r)
        if r0.kind == "nxdomain":
            why_dsn.append(stat)
        return t, deferred, perm

    def dsn(self, t, m, pid, why):
        rng = self.rng
        q2 = sm_qid(rng, t, pid)
        self.emit(t, pid, f"{m.key}: {q2}: DSN: {why}")
        t += rng.uniform(0.2, 0.9)
        h, ip, fl = DOMAIN_MX["corp.example.com"]
        if m.sender.startswith("www-data@"):
            self.emit(t, pid, f"{q2}: to=www-data, delay=00:00:00, xdelay=00:00:00, mailer=local, pri=30000, dsn=2.0.0, stat=Sent")
        else:
            self.emit(t, pid, f"{q2}: to=<{m.sender}>, delay=00:00:00, xdelay=00:00:00, mailer=esmtp, pri=30000, relay={h}. [{ip}], dsn=2.0.0, stat=Sent (Ok: queued as {pf_long_id(rng, t)})")
        return t

    def queue_run(self, t):
        rng = self.rng
        pid = rng.randrange(1000, 99999)
        for m in sorted(self.queue, key=lambda x: x.arrival):
            if m.arrival >= t:
                continue
            t = self.deliver(t + rng.uniform(0.01, 0.3), m, pid)

    def noise(self, t0, t1, n):
        rng = self.rng
        for i in range(n):
            t = t0 + (t1 - t0) * (i + 0.5) / n
            pid = rng.randrange(1000, 99999)
            ip = f"203.0.113.{rng.randrange(200, 250)}"
            if self.emit(t, pid, f"ruleset=check_rcpt, arg1=<relaytest@example-k.com>, relay=[{ip}], reject=550 5.7.1 <relaytest@example-k.com>... Relaying denied. IP name lookup failed [{ip}]"):
                self.truth.note(t, "inbound relay attempt rejected (ruleset=check_rcpt ... Relaying denied. IP name lookup failed)")
            self.emit(t + 2, pid, f"{sm_qid(rng, t, pid)}: [{ip}] did not issue MAIL/EXPN/VRFY/ETRN during connection to MTA")
        t = t0 + 1700
        while t < t1:
            pid = rng.randrange(1000, 99999)
            self.emit(t, pid, f"{sm_qid(rng, t, pid)}: monitor.corp.example.com [192.0.2.5] did not issue MAIL/EXPN/VRFY/ETRN during connection to MTA")
            t += 2 * H + rng.uniform(-300, 300)

    def run(self):
        t = self.t_start
        while t < self.t_end:
            self.loop.at(t + self.rng.uniform(1, 20), self.queue_run)
            t += 30 * MIN
        self.loop.run(self.t_end)
        self.lines.sort(key=lambda x: (x[0], x[1]))
        return [f"{fmt_syslog(t)} {self.host} sendmail[{pid}]: {text}\n" for t, _, pid, text in self.lines]


# ============================================================================================
# OpenSMTPD
# ============================================================================================

class OpenSMTPDWriter:
    """OpenSMTPD 7.x: smtp/mta session logs with 16-hex session ids, per-envelope mta delivery."""

    TTL = 4 * 86400  # smtpd.conf default "expire 4d"

    def __init__(self, rng, host, t_start, t_end):
        self.rng, self.host = rng, host
        self.t_start, self.t_end = t_start, t_end
        self.lines = []
        self.seq = 0
        self.truth = Truth()
        self.loop = EventLoop()
        self.greyseen = {}
        self.penalty = {}
        self.pid = rng.randrange(20000, 90000)
        self.sid_hi = 0x6b2f1c40

    def sid(self, t):
        hi = self.sid_hi + int((t - PREV) / 17)
        return f"{hi:08x}{self.rng.getrandbits(32):08x}"

    def emit(self, t, text):
        if self.t_start <= t < self.t_end:
            self.seq += 1
            self.lines.append((t, self.seq, text))
            return True
        return False

    def add(self, m):
        rng = self.rng
        msgid = hexn(rng, 8)
        m.key = msgid
        m.data["evp"] = {r: msgid + hexn(rng, 8) for r in m.rcpts}
        for r in m.rcpts:
            m.data.setdefault("retry", {})[r] = 0
            if m.arrival + self.TTL >= self.t_start:
                self.loop.at(m.arrival + self.TTL, self.expire, m, r)
        if m.arrival >= self.t_start:
            self.loop.at(m.arrival, self.arrive, m)
        else:
            m.data["done"] = set()
            for r in m.rcpts:
                self.loop.at(self.t_start + rng.uniform(60, 3000), self.attempt, m, r)

    def arrive(self, t, m):
        rng = self.rng
        s = self.sid(t)
        if m.client == "local":
            self.emit(t - 0.3, f"{s} smtp connected address=local host={self.host}.corp.example.com")
            m.sender = f"www-data@{self.host}.corp.example.com"
        else:
            ch, cip = m.client
            self.emit(t - 0.6, f"{s} smtp connected address={cip} host={ch}")
            if rng.random() < 0.7 or m.sub:
                self.emit(t - 0.5, f"{s} smtp tls ciphers=TLSv1.3:TLS_AES_256_GCM_SHA384:256")
            if m.sub:
                self.emit(t - 0.4, f"{s} smtp authentication user={m.sub} result=ok")
        self.emit(t, f"{s} smtp message msgid={m.key} size={m.size} nrcpt={len(m.rcpts)} proto=ESMTP")
        for r in m.rcpts:
            self.emit(t + 0.001, f"{s} smtp envelope evpid={m.data['evp'][r]} from=<{m.sender}> to=<{r}>")
        self.emit(t + rng.uniform(0.05, 0.3), f"{s} smtp disconnected reason=quit")
        m.data["done"] = set()
        for r in m.rcpts:
            self.loop.at(t + rng.uniform(0.3, 2.0), self.attempt, m, r)

    def log_delivery(self, t, sid, m, r, source, relay, result, stat):
        d = osmtpd_dur(t - m.arrival)
        self.emit(t, f"{sid} mta delivery evpid={m.data['evp'][r]} from=<{m.sender}> to=<{r}> rcpt=<-> source=\"{source}\" relay=\"{relay}\" delay={d} result=\"{result}\" stat=\"{stat}\"")

    def disable_route(self, t, dom, host, ip):
        k = self.penalty.get(host, 0) + 1
        self.penalty[host] = k
        self.emit(t, f"smtp-out: Disabling route [] <-> {ip} ({host}) for {min(15 * k * k, 3600)}s")

    def attempt(self, t, m, r):
        if r in m.data["done"]:
            return
        rng = self.rng
        dom = domain_of(r)
        res = behave(dom, t, r, self.greyseen)
        tlsreq = dom == "tls.example.net"
        schema = "smtp+tls://" if tlsreq else "smtp://"
        src = "192.0.2.27"
        temp = True
        cls = None
        hl = hostlabel(res.host, res.ip)
        if res.kind in ("sent", "greylist", "unknown"):
            s = self.sid(t)
            self.emit(t, f"{s} mta connecting address={schema}{res.ip}:25 host={res.host}")
            t += rng.uniform(0.05, 0.3)
            self.emit(t, f"{s} mta connected")
            t += rng.uniform(0.05, 0.3)
            self.emit(t, f"{s} mta tls ciphers=TLSv1.3:TLS_AES_256_GCM_SHA384:256")
            t += rng.uniform(0.2, 1.5)
            relay = f"{res.ip} ({res.host})"
            if res.kind == "sent":
                self.log_delivery(t, s, m, r, src, relay, "Ok", reply_250(rng, res.flavor, t, m.msgid))
                if self.t_start <= t < self.t_end:
                    self.truth.add(t, r, m.key, "delivered")
                m.data["done"].add(r)
                self.penalty.pop(res.host, None)
                n = 1
            elif res.kind == "greylist":
                self.log_delivery(t, s, m, r, src, relay, "TempFail", GREY_TEXT.format(r=r))
                cls = cls_of(res)
                n = 0
            else:
                self.log_delivery(t, s, m, r, src, relay, "PermFail", UNKNOWN_TEXT.format(r=r))
                if self.t_start <= t < self.t_end:
                    self.truth.add(t, r, m.key, "bounced", cls_of(res), hl)
                m.data["done"].add(r)
                self.bounce(t + 0.5, m)
                n = 0
            self.emit(t + rng.uniform(1, 8), f"{s} mta disconnected reason=quit messages={n}")
        elif res.kind in ("nxdomain", "servfail"):
            t += rng.uniform(0.05, 3)
            why = "Domain does not exist" if res.kind == "nxdomain" else "Temporary failure in MX lookup"
            self.emit(t, f"smtp-out: Failed to resolve MX for [relay:{dom},smtp]: {why}")
            self.log_delivery(t + 0.001, "0000000000000000", m, r, "-", dom,
                              "PermFail" if res.kind == "nxdomain" else "TempFail", why)
            hl = None
            if res.kind == "nxdomain":
                if self.t_start <= t < self.t_end:
                    self.truth.add(t, r, m.key, "bounced", cls_of(res), None)
                m.data["done"].add(r)
                self.bounce(t + 0.5, m)
            else:
                cls = cls_of(res)
        else:
            s = self.sid(t)
            if res.kind == "refused":
                self.emit(t, f"{s} mta connecting address={schema}{res.ip}:25 host={res.host}")
                t += rng.uniform(0.01, 0.1)
                self.emit(t, f"{s} mta error reason=IO Error: Connection refused")
                why = "Network error on destination MXs"
            elif res.kind == "timeout":
                self.emit(t, f"{s} mta connecting address={schema}{res.ip}:25 host={res.host}")
                t += 300
                self.emit(t, f"{s} mta error reason=Connection timeout")
                why = "Network error on destination MXs"
            elif res.kind == "dropped":
                self.emit(t, f"{s} mta connecting address={schema}{res.ip}:25 host={res.host}")
                t += rng.uniform(0.05, 0.2)
                self.emit(t, f"{s} mta connected")
                t += rng.uniform(0.05, 0.3)
                self.emit(t, f"{s} mta error reason=Connection closed unexpectedly")
                why = "Destination seem to reject all mails"
            elif res.kind == "tls":
                h1, ip1 = FAIL_MX[dom][0]
                self.emit(t, f"{s} mta connecting address={schema}{ip1}:25 host={h1}")
                t += rng.uniform(0.05, 0.2)
                self.emit(t, f"{s} mta connected")
                t += rng.uniform(0.05, 0.3)
                self.emit(t, f"{s} mta error reason=TLS required but not supported by remote host")
                s2 = self.sid(t)
                t += rng.uniform(0.2, 0.6)
                self.emit(t, f"{s2} mta connecting address={schema}{res.ip}:25 host={res.host}")
                t += rng.uniform(0.05, 0.2)
                self.emit(t, f"{s2} mta connected")
                t += rng.uniform(0.1, 0.4)
                verr = ("certificate verification failed: unable to get local issuer certificate" if res.variant == "untrusted"
                        else f"name `{res.host}' not present in server certificate")   # libtls error texts
                self.emit(t, f"{s2} mta error reason=IO Error: {verr}")
                why = "Destination seem to reject all mails"
                hl = f"{h1}[{ip1}], {res.host}[{res.ip}]"
            else:
                raise AssertionError(res.kind)
            t += 0.01
            self.disable_route(t, dom, res.host, res.ip)
            rel = dom
            self.log_delivery(t + 0.001, "0000000000000000", m, r, "-", rel, "TempFail", why)
            cls = cls_of(res)
        if cls is not None:
            if self.t_start <= t < self.t_end:
                self.truth.add(t, r, m.key, "deferred", cls, hl)
            m.data["lastcls"] = cls
            m.data["lasthost"] = hl
            k = m.data["retry"][r] = m.data["retry"][r] + 1
            nxt = t + min(400 * k * k, 4 * H) + rng.uniform(0, 30)   # scheduler backoff
            if nxt < m.arrival + self.TTL:
                self.loop.at(nxt, self.attempt, m, r)

    def expire(self, t, m, r):
        if r in m.data.get("done", set()):
            return
        m.data.setdefault("done", set()).add(r)
        if self.emit(t, f"relay: Expire for {m.data['evp'][r]}: from=<{m.sender}>, to=<{r}>, rcpt=<->, delay={osmtpd_dur(t - m.arrival)}, stat=Envelope expired"):
            self.truth.add(t, r, m.key, "expired", m.data.get("lastcls", "connection-timeout"), m.data.get("lasthost"))

    def bounce(self, t, m):
        rng = self.rng
        s = self.sid(t)
        bm = hexn(rng, 8)
        self.emit(t, f"{s} smtp connected address=local host={self.host}.corp.example.com")
        self.emit(t + 0.01, f"{s} smtp message msgid={bm} size={m.size // 2 + 2100} nrcpt=1 proto=ESMTP")
        self.emit(t + 0.011, f"{s} smtp envelope evpid={bm}{hexn(rng, 8)} from=<> to=<{m.sender}>")
        self.emit(t + 0.02, f"{s} smtp disconnected reason=quit")

    def run(self):
        self.loop.run(self.t_end)
        self.lines.sort(key=lambda x: (x[0], x[1]))
        return [f"{fmt_syslog(t)} {self.host} smtpd[{self.pid}]: {text}\n" for t, _, text in self.lines]


# ============================================================================================
# Exchange Server 2019 message tracking
# ============================================================================================

EX_FIELDS = ("date-time,client-ip,client-hostname,server-ip,server-hostname,source-context,connector-id,source,"
             "event-id,internal-message-id,message-id,network-message-id,recipient-address,recipient-status,"
             "total-bytes,recipient-count,related-recipient-address,reference,message-subject,sender-address,"
             "return-path,message-info,directionality,tenant-id,original-client-ip,original-server-ip,custom-data,"
             "transport-traffic-type,log-id,schema-version")
EX_VERSION = "15.02.1544.004"
FAILOVER = ("Attempted failover to alternate host, but that did not succeed. Either there are no alternate hosts, "
            "or delivery failed to all alternate hosts. The last endpoint attempted was {ip}:25")


def csv_min(v):
    """Exchange log CSV: quote only when needed."""
    v = "" if v is None else str(v)
    if any(c in v for c in ',"\r\n'):
        return '"' + v.replace('"', '""') + '"'
    return v


def csv_all(v):
    """PowerShell Export-Csv: every field quoted."""
    v = "" if v is None else str(v)
    return '"' + v.replace('"', '""') + '"'


class ExchangeWriter:
    EXPIRE = 2 * 86400  # MessageExpirationTimeout

    def __init__(self, rng, t_start, t_end):
        self.rng = rng
        self.t_start, self.t_end = t_start, t_end
        self.rows = []
        self.seq = 0
        self.truth = Truth()
        self.loop = EventLoop()
        self.greyseen = {}
        self.iid = 4815162
        self.srv = "EX01"
        self.fqdn = "EX01.corp.example.com"
        self.ip = "192.0.2.30"

    def row(self, t, **f):
        if not (self.t_start <= t < self.t_end):
            return False
        f["date-time"] = fmt_msz(t)
        f.setdefault("transport-traffic-type", "Email")
        f.setdefault("log-id", guid(self.rng))
        f.setdefault("schema-version", EX_VERSION)
        self.seq += 1
        self.rows.append((t, self.seq, ",".join(csv_min(f.get(k, "")) for k in EX_FIELDS.split(","))))
        return True

    def add(self, m):
        rng = self.rng
        self.iid += rng.randrange(1, 40)
        m.key = str(self.iid)
        m.data["net"] = guid(rng, True)
        m.data["done"] = set()
        if m.client == "local":
            m.client = ("app01.corp.example.com", "192.0.2.101")
        m.msgid = f"{hexn(rng, 32)}@{self.fqdn}" if m.sub else m.msgid
        if m.arrival >= self.t_start:
            self.loop.at(m.arrival, self.arrive, m)
        else:
            for r in m.rcpts:
                self.loop.at(self.t_start + rng.uniform(30, 900), self.attempt, m, r, 9)
            self.loop.at(m.arrival + self.EXPIRE, self.expire, m)

    def common(self, m):
        return {"internal-message-id": m.key, "message-id": f"<{m.msgid}>", "network-message-id": m.data["net"],
                "total-bytes": m.size, "message-subject": m.subject, "sender-address": m.sender,
                "return-path": m.sender, "directionality": "Originating"}

    def arrive(self, t, m):
        rng = self.rng
        ch, cip = m.client
        base = self.common(m)
        if m.sub:
            # composed in Outlook: submitted from the mailbox database
            ctx = (f"MDB:{guid(rng)}, Mailbox:{guid(rng)}, Event:{rng.randrange(10**7, 10**8)}, MessageClass:IPM.Note, "
                   f"CreationTime:{fmt_msz(t - 1.2)}, ClientType:MOMT, SubmissionAssistant:MailboxTransportSubmissionEmailAssistant")
            self.row(t - 0.3, **{"client-ip": self.ip, "client-hostname": self.srv, "source-context": ctx, "source": "STOREDRIVER",
                                 "event-id": "SUBMIT", "sender-address": m.sender, "message-info": f"{fmt_msz(t - 1.2)};LSRV={self.fqdn}:TOTAL-SUB=0.{rng.randrange(100, 400)}|SA=0.{rng.randrange(50, 300)}|MTSS-PEN=0.000"})
            self.row(t, **base, **{"client-ip": self.ip, "client-hostname": self.fqdn, "server-ip": self.ip, "server-hostname": self.srv,
                                   "source-context": ctx + f", ServerMdbConnectionId:{hexn(rng, 16).upper()}", "source": "STOREDRIVER",
                                   "event-id": "RECEIVE", "recipient-address": ";".join(m.rcpts), "recipient-status": ";".join("To" for _ in m.rcpts),
                                   "recipient-count": len(m.rcpts), "original-client-ip": cip, "original-server-ip": self.ip,
                                   "message-info": "04I: ", "custom-data": f"S:MailboxDatabaseGuid={guid(rng)};S:DeliveryPriority=Normal;S:AccountForest=corp.example.com"})
        else:
            self.row(t, **base, **{"client-ip": cip, "client-hostname": ch, "server-ip": self.ip, "server-hostname": self.srv,
                                   "source-context": f"{hexn(rng, 16).upper()};{fmt_msz(t - 0.4)};0",
                                   "connector-id": f"{self.srv}\\Relay from application servers", "source": "SMTP", "event-id": "RECEIVE",
                                   "recipient-address": ";".join(m.rcpts), "recipient-count": len(m.rcpts),
                                   "message-info": f"{fmt_msz(t - 0.4)};SRV={self.fqdn}:TOTAL-FE=0.0{rng.randrange(10, 99)}|SMR=0.0{rng.randrange(10, 99)}",
                                   "original-client-ip": cip, "original-server-ip": self.ip,
                                   "custom-data": f"S:ProxyHop1={self.fqdn}({self.ip});S:DeliveryPriority=Normal;S:AccountForest=corp.example.com"})
        for i, r in enumerate(m.rcpts):
            self.loop.at(t + rng.uniform(0.3, 2.5) + 0.01 * i, self.attempt, m, r, 0)
        self.loop.at(m.arrival + self.EXPIRE, self.expire, m)

    def led(self, t, led, fqdn="", ip=""):
        return f"[{{LED={led}}};{{MSG=}};{{FQDN={fqdn}}};{{IP={ip}}};{{LRT={fmt_us(t)}}}]"

    def attempt(self, t, m, r, n):
        if r in m.data["done"]:
            return
        rng = self.rng
        dom = domain_of(r)
        res = behave(dom, t, r, self.greyseen)
        base = self.common(m)
        base.update({"client-ip": self.ip, "client-hostname": self.fqdn, "connector-id": "Outbound to Internet",
                     "source": "SMTP", "recipient-address": r, "recipient-count": 1,
                     "original-client-ip": m.client[1], "original-server-ip": self.ip})
        hl = hostlabel(res.host, res.ip)
        if res.kind == "sent":
            e2e = t - m.arrival
            self.row(t, **base, **{"server-ip": res.ip, "server-hostname": res.host,
                                   "source-context": f"{hexn(rng, 16).upper()};{reply_250(rng, res.flavor, t, m.msgid)};ClientSubmitTime:{fmt_msz(m.arrival)}",
                                   "event-id": "SEND", "recipient-status": "250 2.1.5 Ok",
                                   "message-info": f"{fmt_msz(m.arrival)};SRV={self.fqdn}:TOTAL-HUB={e2e:.3f}|SMR=0.0{rng.randrange(10, 99)}|SMSC=0.{rng.randrange(100, 400)}|SMS=0.{rng.randrange(100, 900)}",
                                   "custom-data": f"S:E2ELatency={e2e:.3f};S:ExternalSendLatency=0.{rng.randrange(100, 900)};S:ToEntity=Internet;S:FromEntity=Hosted;S:MsgRecipCount={len(m.rcpts)};S:IncludeInSla=True;S:Microsoft.Exchange.Transport.MailRecipient.EffectiveTlsAuthLevel=EncryptionOnly;S:DeliveryPriority=Normal;S:AccountForest=corp.example.com"})
            if self.t_start <= t < self.t_end:
                self.truth.add(t, r, m.key, "delivered")
            m.data["done"].add(r)
            return
        perm = False
        if res.kind == "refused":
            led = f'441 4.4.1 Error encountered while communicating with primary target IP address: "Failed to connect. Winsock error code: 10061, Win32 error code: 10061." ' + FAILOVER.format(ip=res.ip)
            st = self.led(t, led, res.host, res.ip)
        elif res.kind == "timeout":
            t += 21
            led = f'441 4.4.1 Error encountered while communicating with primary target IP address: "Failed to connect. Winsock error code: 10060, Win32 error code: 10060." ' + FAILOVER.format(ip=res.ip)
            st = self.led(t, led, res.host, res.ip)
        elif res.kind == "dropped":
            led = '451 4.4.0 Primary target IP address responded with: "421 4.4.2 Connection dropped due to SocketError." ' + FAILOVER.format(ip=res.ip)
            st = self.led(t, led, res.host, res.ip)
        elif res.kind == "servfail":
            st = self.led(t, "451 4.4.0 DNS query failed. The error was: DNS query failed with error ErrorRetry")
            hl = None
        elif res.kind == "nxdomain":
            st = self.led(t, "550 5.4.4 SMTPSEND.DNS.NonExistentDomain; nonexistent domain")
            hl = None
            perm = True
        elif res.kind == "tls":
            h1, ip1 = FAIL_MX[dom][0]
            why = "UntrustedRoot" if res.variant == "untrusted" else "SubjectMismatch"
            led = f'451 4.4.0 Primary target IP address responded with: "454 4.7.5 TLS negotiation failed with error {why}." ' + FAILOVER.format(ip=res.ip)
            st = self.led(t, led, res.host, res.ip)
            hl = f"{h1}[{ip1}], {res.host}[{res.ip}]"
        elif res.kind == "greylist":
            st = self.led(t, GREY_TEXT.format(r=r), res.host, res.ip)
        elif res.kind == "unknown":
            st = self.led(t, UNKNOWN_TEXT.format(r=r), res.host, res.ip).replace(f";{{LRT={fmt_us(t)}}}", ";{LRT=}")
            perm = True
        else:
            raise AssertionError(res.kind)
        ev = "FAIL" if perm else "DEFER"
        self.row(t, **base, **{"event-id": ev, "recipient-status": st,
                               "message-info": f"{fmt_msz(m.arrival)};SRV={self.fqdn}:TOTAL-HUB={t - m.arrival:.3f}",
                               "custom-data": "S:DeliveryPriority=Normal;S:AccountForest=corp.example.com"})
        if self.t_start <= t < self.t_end:
            self.truth.add(t, r, m.key, "bounced" if perm else "deferred", cls_of(res), hl)
        m.data.setdefault("lastcls", {})[r] = cls_of(res)
        m.data.setdefault("lasthost", {})[r] = hl
        if perm:
            m.data["done"].add(r)
            self.dsn(t + rng.uniform(0.2, 1), m, [r])
            return
        n += 1
        step = 5 * MIN if n <= 3 else 60 * MIN  # 3 quick transient retries, then the queue's retry cadence (modelled)
        self.loop.at(t + step + rng.uniform(0, 20), self.attempt, m, r, n)

    def expire(self, t, m):
        left = [r for r in m.rcpts if r not in m.data["done"]]
        if not left:
            return
        base = self.common(m)
        for r in left:
            m.data["done"].add(r)
            st = self.led(t, "550 4.4.7 QUEUE.Expired; message expired")
            if self.row(t, **base, **{"client-ip": self.ip, "client-hostname": self.fqdn, "connector-id": "Outbound to Internet",
                                      "source": "SMTP", "event-id": "FAIL", "recipient-address": r, "recipient-status": st,
                                      "recipient-count": 1, "message-info": f"{fmt_msz(m.arrival)};SRV={self.fqdn}:TOTAL-HUB={t - m.arrival:.3f}",
                                      "custom-data": "S:DeliveryPriority=Normal;S:AccountForest=corp.example.com"}):
                self.truth.add(t, r, m.key, "expired", m.data.get("lastcls", {}).get(r), m.data.get("lasthost", {}).get(r))
        self.dsn(t + 0.5, m, left)

    def dsn(self, t, m, rcpts):
        rng = self.rng
        self.iid += 1
        self.row(t, **{"client-ip": self.ip, "client-hostname": self.fqdn, "server-ip": self.ip, "server-hostname": self.srv,
                       "source": "DSN", "event-id": "DSN", "internal-message-id": self.iid,
                       "message-id": f"<{hexn(rng, 32)}@{self.fqdn}>", "network-message-id": guid(rng, True),
                       "recipient-address": m.sender, "total-bytes": m.size // 2 + 6200, "recipient-count": 1,
                       "related-recipient-address": ";".join(rcpts), "reference": f"<{m.msgid}>",
                       "message-subject": "Undeliverable: " + m.subject,
                       "sender-address": "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@corp.example.com",
                       "return-path": "<>", "directionality": "Originating",
                       "custom-data": "S:DeliveryPriority=Normal;S:AccountForest=corp.example.com"})

    def run(self):
        self.loop.run(self.t_end)
        self.rows.sort(key=lambda x: (x[0], x[1]))
        head = ["#Software: Microsoft Exchange Server", f"#Version: {EX_VERSION}", "#Log-type: Message Tracking Log",
                f"#Date: {fmt_msz(self.rows[0][0] if self.rows else self.t_start)}", f"#Fields: {EX_FIELDS}"]
        return head + [r for _, _, r in self.rows]


# ============================================================================================
# Exchange Online message trace exports
# ============================================================================================

class EXOSim:
    """Exchange Online outbound: per-recipient event lists for Get-MessageTrace(Detail) and the
    historical search report.  Expiry after 24 hours."""

    EXPIRE = 86400

    def __init__(self, rng, t_start, t_end):
        self.rng = rng
        self.t_start, self.t_end = t_start, t_end
        self.greyseen = {}
        self.loop = EventLoop()
        self.msgs = []
        self.server = "AM9PR01MB7412.eurprd01.prod.exchangelabs.com"

    def add(self, m):
        rng = self.rng
        m.key = guid(rng, True)                     # MessageTraceId (= network message id)
        m.msgid = f"{enc(rng.getrandbits(100), B62, 18).upper()}@AM9PR01MB7412.eurprd01.prod.exchangelabs.com" if m.sub else m.msgid
        m.data["ev"] = {r: [] for r in m.rcpts}     # recipient -> [(t, event, action, detail, data, cls, host)]
        m.data["final"] = {}
        if m.client == "local":
            m.client = ("app01.corp.example.com", "192.0.2.101")
        self.msgs.append(m)
        for r in m.rcpts:
            ev = m.data["ev"][r]
            ev.append((m.arrival, "Receive", "", f"Message received by: {self.server}",
                       f'<root><MEP Name="ConnectorId" String="{self.server.split(".")[0]}\\Inbound from corp"/><MEP Name="ServerHostName" String="{self.server.split(".")[0]}"/><MEP Name="ClientIP" String="{m.client[1]}"/></root>', None, None))
            ev.append((m.arrival + 0.05, "Submit", "", "The message was submitted.", "", None, None))
            self.loop.at(m.arrival + rng.uniform(0.5, 4), self.attempt, m, r, 0)
            self.loop.at(m.arrival + self.EXPIRE, self.expire, m, r)

    def led_detail(self, t, led, fqdn, ip):
        tail = f". OutboundProxyTargetIP: {ip}. OutboundProxyTargetHostName: {fqdn}" if ip else ""
        return f"Reason: [{{LED={led}}};{{MSG=}};{{FQDN={fqdn}}};{{IP={ip}}};{{LRT={fmt_us(t)}}}]{tail}"

    def srvtag(self, t):
        return f"[{self.server} {fmt_msz(t)} {hexn(self.rng, 16).upper()}]"

    def attempt(self, t, m, r, n):
        if r in m.data["final"]:
            return
        rng = self.rng
        dom = domain_of(r)
        res = behave(dom, t, r, self.greyseen)
        ev = m.data["ev"][r]
        if res.kind == "sent":
            ev.append((t, "Send external", "", f"Message sent to {res.host} at {res.ip} using TLS1.2 with AES256",
                       f'<root><MEP Name="ConnectorId" String="To_DefaultOpportunisticTLS"/><MEP Name="RecipientHostName" String="{res.host}"/><MEP Name="OutboundIPAddress" String="{res.ip}"/></root>', None, None))
            m.data["final"][r] = ("Delivered", t, res.ip)
            return
        hl = hostlabel(res.host, res.ip)
        perm = res.kind in ("nxdomain", "unknown")
        at = f"[LastAttemptedServerName={res.host}] [LastAttemptedIP={res.ip}:25] {self.srvtag(t)}" if res.host else ""
        if res.kind == "refused":
            led = f"450 4.4.316 Connection refused [Message=Socket error code 10061] {at}"
        elif res.kind == "timeout":
            led = f"450 4.4.315 Connection timed out [Message=Socket error code 10060] {at}"
        elif res.kind == "dropped":
            led = f"450 4.4.318 Connection was closed abruptly [Message=Socket error code 10054] {at}"
        elif res.kind == "servfail":
            led = f"450 4.4.312 DNS query failed [Message=ServerFailure] [LastAttemptedServerName={dom}] {self.srvtag(t)}"
            hl = None
        elif res.kind == "nxdomain":
            led = f"550 5.4.310 DNS domain {dom} does not exist [Message=InfoDomainNonexistent] [LastAttemptedServerName={dom}] {self.srvtag(t)}"
            hl = None
        elif res.kind == "tls":
            h1, ip1 = FAIL_MX[dom][0]
            if res.variant == "untrusted":
                led = f"450 4.7.320 Certificate validation failed [Message=UntrustedRoot] {at}"
            else:
                led = (f"450 4.4.317 Cannot connect to remote server [Message=SubjectMismatch Expected Subject: *.tls.example.net. "
                       f"Presented Subject: CN=mail.hosting.example. Thumbprint: {hexn(rng, 40).upper()}.] {at}")
            hl = f"{h1}[{ip1}], {res.host}[{res.ip}]"
        elif res.kind == "greylist":
            led = GREY_TEXT.format(r=r)
        elif res.kind == "unknown":
            led = UNKNOWN_TEXT.format(r=r)
        else:
            raise AssertionError(res.kind)
        detail = self.led_detail(t, led, res.host or "", res.ip or "")
        ev.append((t, "Fail" if perm else "Defer", "", detail, "", cls_of(res), hl))
        m.data["lastcls"] = (cls_of(res), hl, led, res)
        if perm:
            m.data["final"][r] = ("Failed", t, "")
            return
        n += 1
        step = [5, 10, 15, 30, 45][n - 1] * MIN if n <= 5 else 60 * MIN  # EOP: <=15 min at first, up to 60 min
        self.loop.at(t + step + rng.uniform(0, 60), self.attempt, m, r, n)

    def expire(self, t, m, r):
        if r in m.data["final"]:
            return
        cls, hl, led, res = m.data.get("lastcls", ("connection-timeout", None, "", None))
        detail = self.led_detail(t, f"550 5.4.300 Message expired -> {led}", res.host if res else "", res.ip if res else "")
        m.data["ev"][r].append((t, "Fail", "", detail, "", "expired:" + cls, hl))
        m.data["final"][r] = ("Failed", t, "")

    def run(self):
        self.loop.run(self.t_end)


def exo_truth(msgs, exo_start, exo_end, only=None):
    """Truth for the detail export: every Defer/Fail event is a failure record."""
    tr = Truth()
    for m in msgs:
        if only and not only(m):
            continue
        for r, evs in m.data["ev"].items():
            for (t, ev, _a, _d, _x, cls, hl) in evs:
                if not (exo_start <= t < exo_end):
                    continue
                if ev == "Send external":
                    tr.add(t, r, m.key, "delivered")
                elif ev == "Defer":
                    tr.add(t, r, m.key, "deferred", cls, hl)
                elif ev == "Fail":
                    if cls and cls.startswith("expired:"):
                        tr.add(t, r, m.key, "expired", cls[8:], hl)
                    else:
                        tr.add(t, r, m.key, "bounced", cls, hl)
    return tr


def exo_status(m, r, export_t):
    fin = m.data["final"].get(r)
    if fin and fin[1] <= export_t:
        return fin[0], fin[2]
    if export_t - m.arrival < 120:
        return "GettingStatus", ""
    return "Pending", ""


# ============================================================================================
# JSON Lines (log shipper)
# ============================================================================================

def render_jsonl(lines, host, rng):
    out = []
    for t, _, prog, pid, text in lines:
        rec = {"@timestamp": fmt_msz(t), "host": host, "program": prog, "pid": pid, "facility": "mail",
               "severity": "warning" if text.startswith("warning:") else "info", "message": text}
        out.append(json.dumps(rec, ensure_ascii=False, separators=(",", ":")) + "\n")
    return out


# ============================================================================================
# TRUTH.md
# ============================================================================================

def summarize(tr, label, note=""):
    """Markdown section for one file from its truth records."""
    recs = sorted(tr.recs, key=lambda x: (x[0], x[2]))
    out = [f"## `{label}`\n"]
    if note:
        out.append(note.rstrip() + "\n")
    fails = [r for r in recs if r[4] != "delivered"]
    doms = [d for d in FAIL_ORDER if any(r[1] == d for r in fails)]
    out.append("| destination | failure (as written) | hosts | first failure | last failure | failure records | distinct messages | distinct recipients | bounced | expired | retry-wait records | delivered after last failure |")
    out.append("|---|---|---|---|---|---|---|---|---|---|---|---|")
    details = []
    for d in doms:
        fr = [r for r in fails if r[1] == d]
        cause = [r for r in fr if r[4] != "retrywait"]
        classes = []
        for r in fr:
            if r[5] and r[5] not in classes and r[4] != "retrywait":
                classes.append(r[5])
        hosts = []
        for r in fr:
            for h in (r[6] or "").split(", "):
                if h and h not in hosts:
                    hosts.append(h)
        first, last = fr[0][0], fr[-1][0]
        msgs = sorted({r[3] for r in fr})
        rcpts = sorted({r[2] for r in fr})
        nb = sum(1 for r in fr if r[4] == "bounced")
        ne = sum(1 for r in fr if r[4] == "expired")
        nw = sum(1 for r in fr if r[4] == "retrywait")
        after = [r for r in recs if r[1] == d and r[4] == "delivered" and r[0] > last]
        aft = f"yes, first at {fmt_utc(after[0][0])} ({len(after)} deliveries)" if after else "no"
        lastcause = f" (last with a cause: {fmt_utc(cause[-1][0])})" if cause and cause[-1][0] != last else ""
        out.append(f"| {d} | {'; '.join(classes) or '-'} | {', '.join(hosts) or 'none (DNS)'} | {fmt_utc(first)} | {fmt_utc(last)}{lastcause} | {len(fr)} | {len(msgs)} | {len(rcpts)} | {nb} | {ne} | {nw} | {aft} |")
        det_b = sorted({r[3] for r in fr if r[4] == "bounced"})
        det_e = sorted({r[3] for r in fr if r[4] == "expired"})
        line = f"- **{d}** messages: {', '.join(msgs)}"
        if det_b:
            line += f"; bounced: {', '.join(det_b)}"
        if det_e:
            line += f"; expired: {', '.join(det_e)}"
        line += f"; recipients: {', '.join(rcpts)}"
        details.append(line)
    if not doms:
        out.append("| (no failures) | | | | | | | | | | | |")
    okd = {}
    for r in recs:
        if r[4] == "delivered":
            okd.setdefault(r[1], set()).add(r[3])
    fail_doms = {r[1] for r in fails}
    clean = sorted(d for d in okd if d not in fail_doms)
    out.append("")
    out.append(f"Delivered without any failure: {len(clean)} domains, {sum(len(okd[d]) for d in clean)} messages "
               f"({', '.join(f'{d} {len(okd[d])}' for d in clean)}).")
    dec = []
    if "servfail-tools.example.com" in okd:
        dec.append(f"servfail-tools.example.com delivered {len(okd['servfail-tools.example.com'])} message(s), no failure")
    for lp in ("refused@example-b.com", "timeout@example-c.com"):
        n = sum(1 for r in recs if r[2] == lp and r[4] == "delivered")
        if n:
            dec.append(f"{lp} delivered {n} time(s), no failure")
    if dec:
        out.append("Decoys (must NOT become incidents): " + "; ".join(dec) + ".")
    if tr.noise:
        kinds = {}
        for t, w in tr.noise:
            kinds[w] = kinds.get(w, 0) + 1
        out.append("Lines with failure words that are not outbound delivery failures: " +
                   "; ".join(f"{n} x {w}" for w, n in kinds.items()) + ".")
    out.append("")
    if details:
        out.append("Affected ids:\n")
        out += details
        out.append("")
    return "\n".join(out) + "\n"


# ============================================================================================
# building every file
# ============================================================================================

def plan_day(scale=1.0, carry=True):
    """Failing-destination arrival windows for 2026-03-10; counts scaled per MTA."""
    def n(x):
        return max(1, int(round(x * scale)))
    return {
        "refused.example.net": [(DAY + 0.5 * H, DAY + 2 * H, n(2)), (DAY + 2 * H, DAY + 7.5 * H, n(9)), (DAY + 7.5 * H, DAY + 11 * H, n(3))],
        "timeout.example.org": [(DAY + 1 * H, DAY + 22 * H, n(5))],
        "nxdomain.example": [(DAY + 3 * H, DAY + 20 * H, n(4))],
        "servfail.example.com": [(DAY + 6 * H, DAY + 9.25 * H, n(3)), (DAY + 9.25 * H, DAY + 21 * H, n(6))],
        "tls.example.net": [(DAY + 1 * H, DAY + 22 * H, n(6))],
        "greylist.example.org": [(DAY + 1 * H, DAY + 23 * H, n(8))],
        "unknown.example.com": [(DAY + 4 * H, DAY + 22 * H, n(4))],
        "dropped.example.net": [(DAY + 10 * H, DAY + 13 * H, n(2)), (DAY + 13 * H, DAY + 16.75 * H, n(7)), (DAY + 16.75 * H, DAY + 21 * H, n(3))],
    }


def carried_timeout(rng, arrivals):
    """Messages to timeout.example.org that arrived earlier and are still queued."""
    out = []
    for t in arrivals:
        t += rng.random()
        lp = rng.choice(LOCALPARTS)
        m = Msg(t, rng.choice(SENDERS[:8]), [f"{lp}@timeout.example.org"], rng.randrange(3000, 40000),
                rng.choice(SUBJECTS), f"{hexn(rng, 16)}.{int(t)}@corp.example.com", rng.choice(CLIENTS), None, "timeout.example.org")
        out.append(m)
    return out


def build_postfix_mail01(out, truthdoc):
    """mail01: 2026-03-09 and 2026-03-10 simulated together; split into the rotated and current log."""
    rng = random.Random(1001)
    msgs = []
    # previous day: ok traffic, the timeout incident, a few greylists, one unknown user
    msgs += make_messages(rng, PREV, DAY, 74, {
        "timeout.example.org": [(PREV + 2 * H, PREV + 21 * H, 3)],
        "greylist.example.org": [(PREV + 8 * H, PREV + 17 * H, 3)],
        "unknown.example.com": [(PREV + 10 * H, PREV + 15 * H, 1)],
        "tls.example.net": [(PREV + 22 * H, PREV + 23.9 * H, 1)],
    })
    msgs += make_messages(rng, DAY, NEXT, 270, plan_day(0.85))
    add_decoys(rng, msgs, DAY, NEXT, 5, 2, 1)
    msgs += carried_timeout(rng, [T(2026, 3, 4, 21, 10, 5), T(2026, 3, 5, 3, 22, 41), T(2026, 3, 5, 14, 5, 12),
                                  T(2026, 3, 8, 16, 2, 33)])
    msgs.sort(key=lambda m: m.arrival)
    w = PostfixWriter(rng, "mail01", False, PREV, NEXT)
    for m in msgs:
        w.add(m)
    w.noise(PREV, NEXT, 6)
    lines = w.run()
    prev = [l for l in lines if l[0] < DAY]
    cur = [l for l in lines if l[0] >= DAY]
    data = "".join(render_syslog(prev, "mail01")).encode()
    (out / "postfix-rotated.log.1.gz").write_bytes(gzip.compress(data, compresslevel=9, mtime=0))
    (out / "postfix.log").write_text("".join(render_syslog(cur, "mail01")), encoding="utf-8")
    tp, tc = Truth(), Truth()
    for r in w.truth.recs:
        (tp if r[0] < DAY else tc).recs.append(r)
    for r in w.truth.noise:
        (tp if r[0] < DAY else tc).noise.append(r)
    truthdoc["postfix.log"] = summarize(tc, "postfix.log", "Postfix 3.x, host mail01, short queue ids, classic syslog timestamps. "
                                        "Same server as `postfix-rotated.log.1.gz` (the day before): messages deferred there continue here with the same queue ids.")
    truthdoc["postfix-rotated.log.1.gz"] = summarize(tp, "postfix-rotated.log.1.gz", "mail01 on 2026-03-09 (`Mar  9`, space-padded day), gzip.")
    return len(cur), len(prev)


def build_postfix_small(out, truthdoc, name, seed, host, long_ids, t0, t1, n_ok, plan, renderer, note, carry=()):
    rng = random.Random(seed)
    msgs = make_messages(rng, t0, t1, n_ok, plan)
    msgs += carried_timeout(rng, carry)
    msgs.sort(key=lambda m: m.arrival)
    w = PostfixWriter(rng, host, long_ids, t0, t1)
    for m in msgs:
        w.add(m)
    w.noise(t0, t1, 1)
    lines = w.run()
    text = renderer(lines, host) if renderer is not render_jsonl else render_jsonl(lines, host, rng)
    (out / name).write_text("".join(text), encoding="utf-8")
    truthdoc[name] = summarize(w.truth, name, note)
    return len(lines), lines, w


def window_plan(t0, t1, full):
    """Restrict a day plan to [t0, t1)."""
    p = {}
    for d, wins in full.items():
        for a, b, c in wins:
            a2, b2 = max(a, t0), min(b, t1)
            if a2 < b2:
                cnt = max(1, int(round(c * (b2 - a2) / (b - a))))
                p.setdefault(d, []).append((a2, b2, cnt))
    return p


def build_exim(out, truthdoc):
    rng = random.Random(2002)
    msgs = make_messages(rng, DAY, NEXT, 460, plan_day(0.8))
    add_decoys(rng, msgs, DAY, NEXT, 5, 2, 1)
    msgs += carried_timeout(rng, [T(2026, 3, 6, 5, 1, 7), T(2026, 3, 6, 16, 33, 2), T(2026, 3, 9, 19, 48, 3)])
    msgs.sort(key=lambda m: m.arrival)
    w = EximWriter(rng, DAY, NEXT)
    lines = w.run(DAY, msgs)
    (out / "exim-mainlog").write_text("".join(lines), encoding="utf-8")
    truthdoc["exim-mainlog"] = summarize(w.truth, "exim-mainlog",
        "Exim main log.  Upgraded from 4.96 to 4.98 at 12:00 UTC: messages received before have 6-6-2 ids "
        "(also when retried after noon), later ones 6-11-4 ids; 'retry time not reached' is errno -53 (host) / -51 (routing) "
        "before noon and -54 / -52 after.  'retry-wait records' are `== ... retry time not reached` lines: deferrals that "
        "carry no cause of their own (Exim did not try the host).")
    return len(lines)


def build_sendmail(out, truthdoc):
    rng = random.Random(3003)
    msgs = make_messages(rng, DAY, NEXT, 225, plan_day(0.7))
    add_decoys(rng, msgs, DAY, NEXT, 4, 1, 1)
    msgs += carried_timeout(rng, [T(2026, 3, 5, 6, 12, 9.0), T(2026, 3, 5, 13, 40, 51.0), T(2026, 3, 8, 10, 2, 3.0)])
    msgs.sort(key=lambda m: m.arrival)
    w = SendmailWriter(rng, "mail02", DAY, NEXT)
    for m in msgs:
        w.add(m)
    w.noise(DAY, NEXT, 4)
    lines = w.run()
    (out / "maillog-sendmail").write_text("".join(lines), encoding="utf-8")
    truthdoc["maillog-sendmail"] = summarize(w.truth, "maillog-sendmail",
        "sendmail 8.17 MTA on mail02, queue runs every 30 min.  A `to=` line can name several recipients "
        "(`to=<a@d>,<b@d>`); records are per recipient.  Lines with `mailer=relay, relay=[127.0.0.1]` are the local "
        "submission agent handing mail to the MTA (not a final delivery).")
    return len(lines)


def build_opensmtpd(out, truthdoc):
    rng = random.Random(4004)
    msgs = make_messages(rng, DAY, NEXT, 62, plan_day(0.5))
    add_decoys(rng, msgs, DAY, NEXT, 2, 1, 0)
    msgs += carried_timeout(rng, [T(2026, 3, 6, 4, 17, 30.0), T(2026, 3, 6, 15, 52, 10.0), T(2026, 3, 9, 9, 0, 40.0)])
    msgs.sort(key=lambda m: m.arrival)
    w = OpenSMTPDWriter(rng, "mail03", DAY, NEXT)
    for m in msgs:
        w.add(m)
    lines = w.run()
    (out / "opensmtpd.log").write_text("".join(lines), encoding="utf-8")
    truthdoc["opensmtpd.log"] = summarize(w.truth, "opensmtpd.log",
        "OpenSMTPD 7.x on mail03 (`smtpd[pid]:`).  Per-envelope results are the `mta delivery` lines; relay-level failures "
        "(DNS, routes disabled) are logged with session id 0000000000000000 and relay=\"<domain>\".  Expired envelopes: "
        "`relay: Expire for <evpid>: ... stat=Envelope expired` (expire 4d).  Message keys below are the 8-hex msgids.")
    return len(lines)


def build_exchange(out, truthdoc):
    rng = random.Random(5005)
    msgs = make_messages(rng, DAY, NEXT, 200, plan_day(0.4), intl=True)
    add_decoys(rng, msgs, DAY, NEXT, 3, 1, 1)
    msgs += carried_timeout(rng, [T(2026, 3, 8, 7, 40, 12.0), T(2026, 3, 8, 18, 5, 33.0)])
    msgs.sort(key=lambda m: m.arrival)
    w = ExchangeWriter(rng, DAY, NEXT)
    for m in msgs:
        w.add(m)
    rows = w.run()
    data = "\ufeff" + "\r\n".join(rows) + "\r\n"
    (out / "MSGTRK20260310-1.LOG").write_bytes(data.encode("utf-8"))
    truthdoc["MSGTRK20260310-1.LOG"] = summarize(w.truth, "MSGTRK20260310-1.LOG",
        "Exchange Server 2019 CU14 message tracking log (UTF-8 with BOM, CRLF).  Records are SEND / DEFER / FAIL rows; "
        "DSN rows are the NDRs to the senders.  Message keys are internal-message-ids.  Expiry: 2 days "
        "(`550 4.4.7 QUEUE.Expired`).")
    return len(rows)


EXO_ORG = "examplecorp.onmicrosoft.com"


def build_exo(out, truthdoc):
    rng = random.Random(6006)
    t0 = PREV + 12 * H
    msgs = make_messages(rng, DAY, NEXT, 105, plan_day(0.3), intl=True)
    add_decoys(rng, msgs, DAY, NEXT, 2, 1, 0)
    msgs += carried_timeout(rng, [PREV + 3.3 * H, PREV + 20.5 * H])
    msgs.sort(key=lambda m: m.arrival)
    sim = EXOSim(rng, t0, NEXT)
    for m in msgs:
        sim.add(m)
    sim.run()
    export_t = NEXT - 60  # Get-MessageTrace run at 23:59 UTC
    start_s, end_s = fmt_us(PREV), fmt_us(NEXT)
    runspace = guid(rng)

    # --- Get-MessageTrace | Export-Csv -Encoding Unicode (with #TYPE line), UTF-16LE BOM, CRLF
    cols = ["PSComputerName", "RunspaceId", "PSShowComputerName", "Organization", "MessageId", "Received",
            "SenderAddress", "RecipientAddress", "Subject", "Status", "ToIP", "FromIP", "Size", "MessageTraceId",
            "StartDate", "EndDate", "Index"]
    rows = []
    trace_rows = []
    for m in sorted(msgs, key=lambda x: -x.arrival):  # newest first, like the cmdlet
        for r in m.rcpts:
            st, toip = exo_status(m, r, export_t)
            trace_rows.append((m, r, st, toip))
    # noise statuses (inbound mail): spam, quarantine, distribution group expansion
    noise = []
    for i in range(14):
        t = DAY + (i + 0.5) * (24 * H / 14)
        kind = ["FilteredAsSpam", "Quarantined", "Expanded"][i % 3]
        noise.append((t, kind))
    allrows = []
    for m, r, st, toip in trace_rows:
        allrows.append((m.arrival, [m.msgid, m.arrival, m.sender, r, m.subject, st, toip, m.client[1], m.size, m.key]))
    for t, kind in noise:
        mid = f"{hexn(rng, 24)}@{'promo.example.net' if kind != 'Expanded' else 'corp.example.com'}"
        if kind == "Expanded":
            row = [mid, t, "carol.schmidt@corp.example.com", "all-staff@corp.example.com", "Office closed Friday", "Expanded", "", "192.0.2.55", 14211, guid(rng, True)]
        else:
            row = [mid, t, f"offers@promo-{i}.example.net", rng.choice(["alice.martin@corp.example.com", "bob.nguyen@corp.example.com"]),
                   "You have won", kind, "", f"198.51.100.{200 + i}", 35120, guid(rng, True)]
        allrows.append((t, row))
    allrows.sort(key=lambda x: -x[0])
    for idx, (_, row) in enumerate(allrows):
        mid, t, snd, rc, subj, st, toip, fromip, size, mtid = row
        rows.append([f"outlook.office365.com", runspace, "False", EXO_ORG, f"<{mid}>", fmt_us(t), snd, rc, subj, st,
                     toip, fromip, size, mtid, start_s, end_s, idx])
    text = "#TYPE Deserialized.Microsoft.Exchange.Management.FfoReporting.MessageTrace\r\n"
    text += ",".join(csv_all(c) for c in cols) + "\r\n"
    text += "".join(",".join(csv_all(v) for v in r) + "\r\n" for r in rows)
    (out / "messagetrace.csv").write_bytes(b"\xff\xfe" + text.encode("utf-16-le"))
    n_trace = len(rows)

    def status_truth(selected, label, note):
        tr = Truth()
        for m, r, st, toip in selected:
            res_t = m.data["final"].get(r, (None, export_t))[1]
            if st == "Delivered":
                tr.add(res_t, r, m.key, "delivered")
            elif st == "Failed":
                evs = [e for e in m.data["ev"][r] if e[1] == "Fail"]
                cls = evs[-1][5] if evs else None
                hl = evs[-1][6] if evs else None
                if cls and cls.startswith("expired:"):
                    tr.add(res_t, r, m.key, "expired", cls[8:], hl)
                else:
                    tr.add(res_t, r, m.key, "bounced", cls, hl)
            elif st in ("Pending", "GettingStatus"):
                evs = [e for e in m.data["ev"][r] if e[1] == "Defer"]
                if evs:
                    tr.add(evs[-1][0], r, m.key, "deferred", evs[-1][5], evs[-1][6])
        truthdoc[label] = summarize(tr, label, note)

    status_truth(trace_rows, "messagetrace.csv",
        "Get-MessageTrace summary exported with `Export-Csv -Encoding Unicode` (UTF-16LE with BOM, CRLF, `#TYPE` line), "
        "exported at 2026-03-10T23:59Z.  One row per message and recipient; only the final Status is visible, so "
        "incidents that were resolved (refused, dropped, greylisted) show as Delivered here and appear only in the "
        "detail export.  Times in this table are the times of the final event (Failed/Delivered) or the last deferral "
        "(Pending).  Message keys are MessageTraceIds.  14 extra inbound rows (FilteredAsSpam / Quarantined / Expanded) "
        "are not outbound failures.")

    # --- a second export without BOM and without #TYPE: only mail from billing@ and alerts@
    sub = [x for x in trace_rows if x[0].sender in ("billing@corp.example.com", "alerts@corp.example.com")]
    text = ",".join(csv_all(c) for c in cols) + "\r\n"
    for idx, (m, r, st, toip) in enumerate(sub):
        text += ",".join(csv_all(v) for v in [f"outlook.office365.com", runspace, "False", EXO_ORG, f"<{m.msgid}>", fmt_us(m.arrival),
                                               m.sender, r, m.subject, st, toip, m.client[1], m.size, m.key, start_s, end_s, idx]) + "\r\n"
    (out / "messagetrace-nobom.csv").write_bytes(text.encode("utf-16-le"))
    status_truth(sub, "messagetrace-nobom.csv",
        "Same tenant and day, `Get-MessageTrace -SenderAddress billing@corp.example.com,alerts@corp.example.com`, "
        "written as UTF-16LE without BOM and without the `#TYPE` line (CRLF).  Same MessageTraceIds as messagetrace.csv.")

    # --- Get-MessageTraceDetail for every message that was not delivered at once (+ 20 plain ones)
    dcols = ["Date", "Event", "Action", "Detail", "Data", "MessageId", "MessageTraceId", "RecipientAddress", "SenderAddress"]
    plain = [m for m in msgs if m.kind_hint == "ok"][:12]
    sel = [m for m in msgs if m.kind_hint not in ("ok", "decoy")] + plain
    sel.sort(key=lambda x: x.arrival)
    drows = []
    for m in sel:
        for r in m.rcpts:
            for (t, ev, act, det, dat, _c, _h) in m.data["ev"][r]:
                if t < export_t:
                    drows.append([fmt_us(t), ev, act, det, dat, f"<{m.msgid}>", m.key, r, m.sender])
    text = ",".join(csv_all(c) for c in dcols) + "\r\n" + "".join(",".join(csv_all(v) for v in r) + "\r\n" for r in drows)
    (out / "messagetrace-detail.csv").write_bytes(("\ufeff" + text).encode("utf-8"))
    selids = {m.key for m in sel}
    truthdoc["messagetrace-detail.csv"] = summarize(exo_truth(msgs, PREV, export_t, only=lambda m: m.key in selids),
        "messagetrace-detail.csv",
        "`Get-MessageTrace ... | Get-MessageTraceDetail | Select-Object Date,Event,Action,Detail,Data,MessageId,"
        "MessageTraceId,RecipientAddress,SenderAddress | Export-Csv -NoTypeInformation -Encoding UTF8` (UTF-8 with BOM, "
        "CRLF) for every message that was not delivered at the first attempt plus 12 that were.  Records are the "
        "Defer / Fail / `Send external` events.  Expiry after 24 h: `550 5.4.300 Message expired -> <last error>`.")

    # --- historical search (enhanced summary report), UTF-16LE with BOM
    hcols = ["origin_timestamp_utc", "sender_address", "recipient_status", "message_subject", "total_bytes", "message_id",
             "network_message_id", "original_client_ip", "directionality", "connector_id", "delivery_priority"]
    hrows = []
    htr = Truth()
    for m in sorted(msgs, key=lambda x: x.arrival):
        parts = []
        for r in m.rcpts:
            evs = [e[1] for e in m.data["ev"][r] if e[0] < export_t and e[1] != "Submit"]
            names = []
            for e in evs:
                e2 = "Send" if e == "Send external" else e
                if not names or names[-1] != e2:
                    names.append(e2)
            parts.append(f"{r}##{', '.join(names)}")
            st, _ = exo_status(m, r, export_t)
            fin_t = m.data["final"].get(r, (None, export_t))[1]
            if st == "Delivered":
                htr.add(fin_t, r, m.key, "delivered")
            elif st == "Failed":
                ev = [e for e in m.data["ev"][r] if e[1] == "Fail"][-1]
                htr.add(fin_t, r, m.key, "expired" if (ev[5] or "").startswith("expired:") else "bounced",
                        (ev[5] or "")[8:] if (ev[5] or "").startswith("expired:") else ev[5], ev[6])
            else:
                evs2 = [e for e in m.data["ev"][r] if e[1] == "Defer"]
                if evs2:
                    htr.add(evs2[-1][0], r, m.key, "deferred", evs2[-1][5], evs2[-1][6])
        conn = "Outbound to tls.example.net (TLS required)" if any(domain_of(r) == "tls.example.net" for r in m.rcpts) else "To_DefaultOpportunisticTLS"
        hrows.append([fmt_7z(m.arrival), m.sender, ";".join(parts), m.subject, m.size, f"<{m.msgid}>", m.key,
                      m.client[1], "Originating", conn, "Normal"])
    text = ",".join(csv_all(c) for c in hcols) + "\r\n" + "".join(",".join(csv_all(v) for v in r) + "\r\n" for r in hrows)
    (out / "historical-search.csv").write_bytes(b"\xff\xfe" + text.encode("utf-16-le"))
    truthdoc["historical-search.csv"] = summarize(htr, "historical-search.csv",
        "Historical search (enhanced summary report) as downloaded: UTF-16LE with BOM, CRLF, all fields quoted.  One row "
        "per message; `recipient_status` is `<address>##<event>, <event>...` per recipient, recipients separated by `;` "
        "(events: Receive, Defer, Send, Fail).  Key = network_message_id.  Like the summary trace, only the final state "
        "per recipient is counted (time = final event, or last Defer if still pending).")
    return n_trace, len(sub), len(drows), len(hrows)


# ============================================================================================
# big mode
# ============================================================================================

def big(n, path):
    """N lines of Postfix log in the shapes above, fast (chunked writes, precomputed pieces)."""
    rng = random.Random(n * 7919 + 17)
    doms = [d for d, _, _, _ in OK_DOMAINS]
    mx = {d: (h, ip) for d, h, ip, _ in OK_DOMAINS}
    lps = LOCALPARTS
    snd = SENDERS
    cl = CLIENTS
    per_msg = 6.99   # 7 lines for most messages, 6 for greylisted ones
    nmsg = max(1, int(n / per_msg))
    step = 86000.0 / nmsg   # stay inside the day
    t = DAY
    written = 0
    buf = []
    f = open(path, "w", encoding="utf-8")
    hexd = "0123456789ABCDEF"
    r_ = rng.random
    ri = rng.randrange
    ts_cache = {}

    def ts(x):
        s = int(x)
        v = ts_cache.get(s)
        if v is None:
            if len(ts_cache) > 4096:
                ts_cache.clear()
            v = ts_cache[s] = fmt_syslog(s) + " mail01 "
        return v

    while written < n:
        t += step
        q = "".join(hexd[ri(16)] for _ in range(11))
        c = cl[ri(len(cl))]
        s = snd[ri(len(snd))]
        u = r_()
        if u < 0.015:
            dom, kind = "refused.example.net", 1
        elif u < 0.025:
            dom, kind = "timeout.example.org", 2
        elif u < 0.03:
            dom, kind = "unknown.example.com", 3
        elif u < 0.04:
            dom, kind = "greylist.example.org", 4
        else:
            dom, kind = doms[ri(15)], 0
        rc = f"{lps[ri(len(lps))]}@{dom}"
        p = ts(t)
        sp = ri(2000, 60000)
        buf.append(f"{p}postfix/smtpd[{sp}]: connect from {c[0]}[{c[1]}]\n")
        buf.append(f"{p}postfix/smtpd[{sp}]: {q}: client={c[0]}[{c[1]}]\n")
        buf.append(f"{p}postfix/cleanup[{ri(2000, 60000)}]: {q}: message-id=<{q}.{int(t)}@corp.example.com>\n")
        buf.append(f"{p}postfix/qmgr[1187]: {q}: from=<{s}>, size={ri(1500, 90000)}, nrcpt=1 (queue active)\n")
        buf.append(f"{p}postfix/smtpd[{sp}]: disconnect from {c[0]}[{c[1]}] ehlo=1 mail=1 rcpt=1 data=1 quit=1 commands=5\n")
        p2 = ts(t + 0.7)
        pid = ri(2000, 60000)
        if kind == 0:
            h, ip = mx[dom]
            buf.append(f"{p2}postfix/smtp[{pid}]: {q}: to=<{rc}>, relay={h}[{ip}]:25, delay=0.7, delays=0.05/0.01/0.2/0.44, dsn=2.0.0, status=sent (250 2.0.0 Ok: queued as {q[::-1]})\n")
            buf.append(f"{p2}postfix/qmgr[1187]: {q}: removed\n")
        elif kind == 1:
            buf.append(f"{p2}postfix/smtp[{pid}]: connect to mx1.refused.example.net[192.0.2.10]:25: Connection refused\n")
            buf.append(f"{p2}postfix/smtp[{pid}]: {q}: to=<{rc}>, relay=none, delay=0.71, delays=0.05/0.01/0.65/0, dsn=4.4.1, status=deferred (connect to mx1.refused.example.net[192.0.2.10]:25: Connection refused)\n")
        elif kind == 2:
            buf.append(f"{p2}postfix/smtp[{pid}]: connect to mx.timeout.example.org[198.51.100.20]:25: Connection timed out\n")
            buf.append(f"{p2}postfix/smtp[{pid}]: {q}: to=<{rc}>, relay=none, delay=31, delays=0.05/0.01/30/0, dsn=4.4.1, status=deferred (connect to mx.timeout.example.org[198.51.100.20]:25: Connection timed out)\n")
        elif kind == 3:
            buf.append(f"{p2}postfix/smtp[{pid}]: {q}: to=<{rc}>, relay=mx.unknown.example.com[203.0.113.50]:25, delay=0.9, delays=0.05/0.01/0.4/0.44, dsn=5.1.1, status=bounced (host mx.unknown.example.com[203.0.113.50] said: 550 5.1.1 <{rc}>: Recipient address rejected: User unknown in virtual mailbox table (in reply to RCPT TO command))\n")
            buf.append(f"{p2}postfix/qmgr[1187]: {q}: removed\n")
        else:
            buf.append(f"{p2}postfix/smtp[{pid}]: {q}: to=<{rc}>, relay=mx.greylist.example.org[198.51.100.40]:25, delay=1.2, delays=0.05/0.01/0.62/0.52, dsn=4.7.1, status=deferred (host mx.greylist.example.org[198.51.100.40] said: 450 4.7.1 <{rc}>: Recipient address rejected: Greylisted, see https://postgrey.greylist.example.org/help/greylist.example.org (in reply to RCPT TO command))\n")
        if len(buf) >= 20000:
            k = min(len(buf), n - written)
            f.write("".join(buf[:k]))
            written += k
            buf = []
    if buf and written < n:
        k = min(len(buf), n - written)
        f.write("".join(buf[:k]))
        written += k
    f.close()
    return written


# ============================================================================================
# main
# ============================================================================================

def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", default=str(ROOT / "testdata" / "logs"))
    ap.add_argument("--big", nargs=2, metavar=("N", "PATH"), help="write an N-line Postfix log to PATH and exit")
    a = ap.parse_args(argv)
    if a.big:
        n = int(a.big[0])
        t = _time.time()
        k = big(n, a.big[1])
        print(f"wrote {k} lines to {a.big[1]} in {_time.time() - t:.1f} s", file=sys.stderr)
        return 0
    out = Path(a.out)
    out.mkdir(parents=True, exist_ok=True)
    truth = {}
    counts = {}
    counts["postfix.log"], counts["postfix-rotated.log.1.gz"] = build_postfix_mail01(out, truth)
    full = plan_day()
    counts["postfix-longids.log"] = build_postfix_small(
        out, truth, "postfix-longids.log", 1102, "mail05", True, DAY + 6 * H, DAY + 9 * H, 44,
        window_plan(DAY + 6 * H, DAY + 9 * H, full), render_syslog,
        "Postfix with `enable_long_queue_ids = yes`, host mail05, 06:00-09:00 UTC (the refused incident ends at 07:30).")[0]
    counts["postfix-iso.log"] = build_postfix_small(
        out, truth, "postfix-iso.log", 1203, "mail06", False, DAY + 1.6 * H, DAY + 3.1 * H, 26,
        window_plan(DAY + 1.6 * H, DAY + 3.1 * H, full), render_rfc3339,
        "Postfix written by rsyslog with RFC 3339 timestamps (microseconds, +00:00), host mail06, 01:36-03:06 UTC "
        "(the refused incident starts at 02:00).",
        carry=[T(2026, 3, 8, 1, 50, 2.0)])[0]
    counts["events.jsonl"] = build_postfix_small(
        out, truth, "events.jsonl", 1304, "mail04", False, DAY + 5 * H, DAY + 8.5 * H, 18,
        window_plan(DAY + 5 * H, DAY + 8.5 * H, full), render_jsonl,
        "JSON Lines from a log shipper: one Postfix syslog record per line (`@timestamp`, `host`, `program`, `pid`, "
        "`facility`, `severity`, `message`), host mail04, 05:00-08:30 UTC.")[0]
    counts["exim-mainlog"] = build_exim(out, truth)
    counts["maillog-sendmail"] = build_sendmail(out, truth)
    counts["opensmtpd.log"] = build_opensmtpd(out, truth)
    counts["MSGTRK20260310-1.LOG"] = build_exchange(out, truth)
    nt, nn, nd, nh = build_exo(out, truth)
    counts["messagetrace.csv"], counts["messagetrace-nobom.csv"] = nt, nn
    counts["messagetrace-detail.csv"], counts["historical-search.csv"] = nd, nh

    order = ["postfix.log", "postfix-rotated.log.1.gz", "postfix-longids.log", "postfix-iso.log", "events.jsonl",
             "exim-mainlog", "maillog-sendmail", "opensmtpd.log", "MSGTRK20260310-1.LOG", "messagetrace.csv",
             "messagetrace-nobom.csv", "messagetrace-detail.csv", "historical-search.csv"]
    doc = ["# TRUTH: what the fixture logs contain\n",
           "Generated by `scripts/gen-logs.py` from the records its writers made while writing each file "
           "(do not edit by hand; re-run the script).  All times UTC.\n",
           "## The destinations\n",
           "| destination | behaviour |", "|---|---|"]
    for d in FAIL_ORDER:
        doc.append(f"| {d} | {DEST_DESC[d]} |")
    doc.append(f"| {', '.join(d for d, _, _, _ in OK_DOMAINS[:3])} ... {OK_DOMAINS[-1][0]} (15) | deliver normally |")
    doc.append("| servfail-tools.example.com | decoy: delivers normally (its name contains a failure word) |")
    doc.append("| refused@example-b.com, timeout@example-c.com | decoys: local parts with failure words, delivered normally |")
    doc.append("")
    doc.append("How to read the tables: a *failure record* is one per-recipient line (or row) that says the delivery "
               "attempt was deferred, bounced or expired (`status=deferred`, `==`, `**`, `stat=Deferred`, "
               "`result=\"TempFail\"`, DEFER/FAIL, ...), counted per recipient.  Session-level evidence lines without a "
               "recipient (`connect to ...: Connection refused`, Exim `H=... Connection refused`, sendmail "
               "`ruleset=tls_server`, OpenSMTPD `mta error`) are not counted but are present.  *hosts* are the MX hosts "
               "named by the failure (both MX hosts for tls.example.net).  *delivered after last failure* looks for "
               "successful deliveries to the domain after the last failure record in the same file.  Each MTA retries "
               "on its own schedule, so times and counts differ between files even where the scenario is the same.\n")
    doc.append("| file | lines / rows |")
    doc.append("|---|---|")
    for k in order:
        doc.append(f"| {k} | {counts[k]} |")
    doc.append("")
    for k in order:
        doc.append(truth[k])
    (out / "TRUTH.md").write_text("\n".join(doc), encoding="utf-8")
    for k in order:
        print(f"{k:28s} {counts[k]:6d}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
