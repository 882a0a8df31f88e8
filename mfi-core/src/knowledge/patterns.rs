// The signal pattern table: `text => signal, strength;`, matched without regard to ASCII
// case, every match reported (overlapping ones too). A pattern that starts or ends with a
// digit matches only a whole number.
//
// This file is read twice: by `src/knowledge/signals.rs`, which makes `SIGNAL_PATTERNS` of it,
// and by `build.rs`, which compiles the patterns into the scanner's automaton. Keep it to
// one `patterns!` invocation.

patterns! {
    // DNS
    "InfoNoRecords" => DnsNoRecords, Strong;
    "no MX record" => DnsNoRecords, Medium;
    // (Broadcom's gateway: `421 4.4.4 [internal] domain does not resolve`; PowerMTA's
    // `unable to route: no mail hosts for domain`)
    "domain does not resolve" => DnsFailed, Medium;
    // (Haraka's outbound: `Temporary MX lookup error for example.net`)
    "Temporary MX lookup error" => DnsFailed, Medium;
    "no mail hosts for domain" => DnsNoRecords, Medium;
    // (GreenArrow: `the host named example.com does not have any MX records`)
    "does not have any MX records" => DnsNoRecords, Medium;
    // (ZoneMTA: `450 Can't find an MX server for example.net`)
    "Can't find an MX server for" => DnsNoRecords, Medium;
    // A resolver's own verdict that the domain does not exist (permanent: diagnosis.rs)
    "InfoDomainNonexistent" => DomainNonexistent, Strong;
    "NonExistentDomain" => DomainNonexistent, Strong;
    "DnsDomainDoesNotExist" => DomainNonexistent, Strong;
    "nonexistent domain" => DomainNotFound, Medium;
    "NXDOMAIN" => DomainNonexistent, Strong;
    "type=MX: Host not found" => DomainNonexistent, Strong;
    "type=A: Host not found" => DomainNonexistent, Strong;
    "type=AAAA: Host not found" => DomainNonexistent, Strong;
    "Host or domain name not found" => DomainNotFound, Medium;
    // Exchange Server 2003's NDR (`... could not be found in Domain Name Service (DNS)`);
    // hMailServer's relay host that does not resolve
    "could not be found in Domain Name Service" => DomainNotFound, Medium;
    "The host specified as SMTP relay server could not be found" => DomainNotFound, Medium;
    // (Gmail's notice of a domain that does not resolve: `... because the domain example.net
    // couldn't be found. Check for typos or unnecessary spaces and try again.`)
    "couldn't be found. Check for typos" => DomainNotFound, Medium;
    // (and its closing words, Gmail's alone: the notice's writer)
    "unnecessary spaces and try again" => OriginGmail, Strong;
    "Host not found, try again" => DnsTryAgain, Strong;
    "DNS query failed" => DnsFailed, Medium;
    // (Cisco AsyncOS: `DNS Soft Error looking up example.net (MX) while asking 10.0.0.53.
    // Error was: Timeout`, its last error in an expiry; `DNS Hard Error looking up ...:
    // NXDomain`, whose resolver's word says more)
    "DNS Soft Error looking up" => DnsFailed, Medium;
    "DNS Hard Error looking up" => DnsFailed, Medium;
    // (its other resolver errors: `DNS Lame Delegation Error looking up ...`, `DNS Runaway
    // Error looking up ...`, `DNS Temporary Failure looking up ...`)
    "Lame Delegation Error looking up" => DnsFailed, Medium;
    "DNS Runaway Error looking up" => DnsFailed, Medium;
    "DNS Temporary Failure looking up" => DnsFailed, Medium;
    "DNS query error" => DnsFailed, Medium;
    // DANE's TLSA record could not be looked up (Postfix's `TLSA lookup error for`,
    // Exim's `DANE error: tlsa lookup DEFER`): a DNS failure
    "TLSA lookup error" => DnsFailed, Medium;
    "tlsa lookup DEFER" => DnsFailed, Medium;
    // (TLS reports: DNSSEC validation failed, RFC 8460's `dnssec-invalid`, and the extended
    // DNS error a reporter names, mox's `extended-dns-error-6-DNSSEC-Bogus`,
    // `dns-extended-error-7-Signature-Expired`)
    "dnssec-invalid" => DnsFailed, Medium;
    "extended-dns-error-" => DnsFailed, Medium;
    "dns-extended-error-" => DnsFailed, Medium;
    "DNS lookup failed" => DnsFailed, Medium;
    "DNS resolution failed" => DnsFailed, Medium;
    "SERVFAIL" => DnsTryAgain, Strong;
    // A resolver that did not answer (dig/nslookup's `;; connection timed out; no servers
    // could be reached`, check_dns's `Connection to DNS 192.0.2.1 timed out`): the lookup
    // failed, not an SMTP connection
    "no servers could be reached" => DnsFailed, Strong;
    "Connection to DNS " => DnsFailed, Strong;
    "Name service error" => DnsFailed, Weak;
    // (Postfix's own sentence around the resolver's error)
    "Name service error for name=" => OriginPostfix, Strong;
    "Domain name not found" => DomainNotFound, Medium;
    "DNS Error" => DnsFailed, Weak;
    // The MTAs' own words for a failed lookup. Postfix:
    "unable to look up host" => DnsFailed, Medium;
    "Name server loop" => DnsFailed, Medium;
    "host not found" => DnsFailed, Medium;
    "no MX host for" => DnsNoRecords, Medium;
    // Exim
    "host lookup did not complete" => DnsFailed, Medium;
    // (its router's deferral names the host between the words: `host lookup for
    // mx.example.com did not complete (DNS timeout?)`)
    "did not complete (DNS timeout?)" => DnsFailed, Medium;
    "host address lookups" => DnsFailed, Medium;
    "failed to lookup IP address" => DnsFailed, Medium;
    "DNS lookup defer" => DnsFailed, Medium;
    "point to non-existent hosts" => DnsNoRecords, Medium;
    "invalid MX record" => DnsFailed, Medium;
    // OpenSMTPD
    "Temporary failure in MX lookup" => DnsTryAgain, Medium;
    "Failed to resolve MX" => DnsFailed, Medium;
    "No MX found" => DnsNoRecords, Medium;
    // (1&1/IONOS)
    "no valid MX hosts found" => DnsNoRecords, Medium;
    // hMailServer's bounce (`No mail servers appear to exists for the recipient's
    // address`, `Unable to find the recipient's email server. The DNS query has failed.`)
    "No mail servers appear to exist" => DnsNoRecords, Medium;
    "The DNS query has failed" => DnsFailed, Medium;
    // (audit 52) hMailServer's delivery log (`No mail servers could be found for the
    // address a@b`); SendGrid's deferral (`unable to get mx info: ...`); the hickory
    // resolver's error in KumoMTA and Stalwart (`no record found for Query { ... }`,
    // `failed to lookup 'example.net': ...`); a provider's `temporary MX resolution error`;
    // Sendmail's address parse put off by a resolver timeout (`Transient parse error --
    // message queued for future delivery`) and its `a@b... Host unknown`
    "No mail servers could be found" => DnsNoRecords, Medium;
    "unable to get mx info" => DnsFailed, Medium;
    "no record found for Query" => DnsNoRecords, Medium;
    "failed to lookup '" => DnsFailed, Medium;
    "temporary MX resolution error" => DnsTryAgain, Medium;
    "Transient parse error" => DnsTryAgain, Medium;
    // (Sendmail's: the message stays queued)
    "Transient parse error -- message queued for future delivery" => Deferred, Medium;
    "... Host unknown" => DomainNotFound, Medium;
    // Haraka's outbound: no MX and no address for the domain; the resolver's NXDOMAIN
    "Nowhere to deliver mail to for domain" => DnsNoRecords, Medium;
    "No Such Domain: " => DomainNotFound, Medium;
    // Go's resolver, in a dial (`dial tcp: lookup smtp.example.com: i/o timeout`): the
    // lookup failed, not the connection
    "dial tcp: lookup " => DnsFailed, Strong;
    // (and its text of a SERVFAIL or a malformed answer, whoever quotes it: chasquid's
    // `Could not find mail server: lookup example.net on 127.0.0.53:53: server misbehaving`)
    "server misbehaving" => DnsTryAgain, Medium;
    // (Windows' WSATRY_AGAIN, 11002: `This is usually a temporary error during hostname
    // resolution ...`; ssmtp's lookup of its mail hub: `sendmail: Unable to locate X`)
    "temporary error during hostname resolution" => DnsTryAgain, Medium;
    "sendmail: Unable to locate " => DomainNotFound, Strong;
    // Delivery services (Mailgun, Brevo, Momentum/SparkPost)
    "No MX for " => DnsNoRecords, Medium;
    "Unable to find MX of domain" => DnsNoRecords, Medium;
    "no MX or A for domain" => DnsNoRecords, Medium;
    "Domain does not exist" => DomainNotFound, Medium;
    // Sendmail (its prefix of every resolver error)
    "Name server: " => DnsFailed, Weak;
    // (Sendmail's `Host unknown (Authoritative answer from name server)`: the domain's own
    // name servers say it does not exist)
    "(Authoritative answer from name server)" => DomainNotFound, Medium;
    "Name server timeout" => DnsTryAgain, Medium;
    // Delivery services and gateways: Momentum (`[internal] Domain Lookup Failed`), ZoneMTA,
    // Stalwart, Apache James, MDaemon; Sendmail's queue (`host map: lookup (example.com):
    // deferred`); Windows' SMTP service and Exchange 2003 (their queue's error strings).
    "Domain Lookup Failed" => DnsFailed, Medium;
    // PowerMTA's own DSN for a domain without DNS records (`5.1.2 (bad destination system:
    // no such domain)`)
    "bad destination system: no such domain" => DomainNotFound, Medium;
    "Failed to resolve IP address" => DnsFailed, Medium;
    // Alibaba Cloud DirectMail's replies; a Korean ISP's
    "Dns resolve error" => DnsFailed, Medium;
    "Host not found by dns resolve" => DomainNotFound, Medium;
    "No data by dns resolve" => DnsNoRecords, Medium;
    "Connect to UNREACHABLE host" => Unreachable, Medium;
    "DNS resolving error" => DnsFailed, Medium;
    "Address lookup failed" => DnsFailed, Medium;
    "problem looking up mail server" => DnsTryAgain, Medium;
    "There are no DNS entries for the hostname" => DnsNoRecords, Medium;
    "reports domain name unknown" => DomainNotFound, Medium;
    "host map: lookup" => DnsTryAgain, Medium;
    "Unable to bind to the destination server in DNS" => DnsFailed, Medium;
    "could not connect to any DNS server" => DnsFailed, Strong;
    // Exchange (connectivity log, resolver status)
    "Non-existent domain" => DomainNotFound, Medium;
    "ErrorRetry" => DnsFailed, Strong;
    "SMTPSEND.DNS.InvalidData" => DnsFailed, Strong;
    // TCP connect
    "SocketTimedout" => TimedOut, Strong;
    "WSAETIMEDOUT" => TimedOut, Strong;
    // (Medium: Node.js names every timeout so, the greeting's too)
    "ETIMEDOUT" => TimedOut, Medium;
    "10060" => TimedOut, Strong;
    "Connection timed out" => TimedOut, Medium;
    // SwiftMailer and Symfony Mailer: the server closed the session without a reply
    // (`Expected response code 220 but got an empty response`)
    "but got an empty response" => Dropped, Medium;
    // Gmail's relay, when the recipient's server connected but never greeted
    "unable to read banner" => SessionTimedOut, Medium;
    // A session that stopped answering after it was opened: hMailServer (`There was a
    // timeout while talking to the remote server`), Haraka (`socket timeout waiting on
    // rcpt`)
    "timeout while talking to" => SessionTimedOut, Medium;
    "socket timeout waiting on" => SessionTimedOut, Medium;
    // qmail's log writes the system's words with underscores for spaces.
    "Connection_timed_out" => TimedOut, Medium;
    "Connection timeout" => TimedOut, Medium;
    "timed out" => TimedOut, Weak;
    "i/o timeout" => TimedOut, Medium;
    "SocketConnectionRefused" => Refused, Strong;
    "WSAECONNREFUSED" => Refused, Strong;
    "ECONNREFUSED" => Refused, Strong;
    "10061" => Refused, Strong;
    "Connection refused" => Refused, Medium;
    "Connection_refused" => Refused, Medium;
    // Postfix's `connect to HOST[private/dovecot-lmtp]: No such file or directory`: the
    // UNIX socket of a local delivery agent is missing (nothing timed out: its X.4.1
    // status says only that no session was opened)
    "]: No such file or directory" => CannotConnect, Medium;
    // EADDRNOTAVAIL: the sending host could not bind the connection's local address
    // (ZoneMTA, Nodemailer, Postfix's smtp_bind_address)
    "Cannot assign requested address" => CannotConnect, Medium;
    // (musl's text of EADDRNOTAVAIL and its resolver's EAI_NONAME and EAI_NODATA, as Postfix
    // on Alpine prints them after the colon: `connect to mx.example.net[2001:db8::1]:25:
    // Address not available`)
    ": Address not available" => CannotConnect, Medium;
    ": Name does not resolve" => DomainNotFound, Medium;
    ": Name has no usable address" => DnsNoRecords, Medium;
    "SocketNetworkUnreachable" => Unreachable, Strong;
    "10051" => Unreachable, Strong;
    "10065" => Unreachable, Strong;
    "Network is unreachable" => Unreachable, Medium;
    // (musl's strerror, on Alpine's Postfix)
    "Network unreachable" => Unreachable, Medium;
    "No route to host" => Unreachable, Medium;
    // (AIX's strerror of EHOSTUNREACH, in a Sendmail transcript: `Deferred: A route to the
    // remote host is not available.`)
    "A route to the remote host is not available" => Unreachable, Medium;
    "Host is unreachable" => Unreachable, Medium;
    // Windows' texts of WSAENETUNREACH and WSAEHOSTUNREACH (`A socket operation was
    // attempted to an unreachable network.`), in hMailServer's and .NET's errors
    "attempted to an unreachable" => Unreachable, Medium;
    // (and in German, French and Spanish: `Ein Socketvorgang bezog sich auf ein nicht
    // verfügbares Netzwerk`, `Une opération a été tentée sur un réseau impossible à
    // atteindre`, `Se ha intentado una operación de socket en una red no accesible`; the
    // host's alike)
    "Socketvorgang bezog sich auf ein" => Unreachable, Medium;
    "tentée sur un réseau impossible à atteindre" => Unreachable, Medium;
    "tentée sur un hôte impossible à atteindre" => Unreachable, Medium;
    "operación de socket en una red no accesible" => Unreachable, Medium;
    "operación de socket en un host no accesible" => Unreachable, Medium;
    // Sendmail: `Host mx.example.net. is down`
    "is down" => Unreachable, Weak;
    "Unable to connect" => ConnectFailed, Weak;
    "Failed to connect" => ConnectFailed, Weak;
    "Could not connect" => ConnectFailed, Weak;
    // PHPMailer's `SMTP connect() failed.` (its smtp_connect_failed, also in most of its
    // translations: `SMTP Connect() fallita`, `selhal`, `misslyckades`) and its
    // connect_host message (`Could not connect to SMTP host.`, also JavaMail's words), in
    // its languages: said alike when no host took the connection and when STARTTLS then
    // failed (and after a refused login, which the phrase yields to), so the generic
    // failure (4.4.317), not a timeout; vague, as its debug output
    // names the cause before it (`Failed to connect to server: Connection timed out (110)`)
    "Could not connect to SMTP host" => CannotConnect, Weak;
    // ssmtp, run as sendmail (`sendmail: Cannot open mailhub:25`)
    "sendmail: Cannot open " => CannotConnect, Medium;
    "ssmtp: Cannot open " => CannotConnect, Medium;
    // msmtp (`the server sent an empty reply`)
    "server sent an empty reply" => Dropped, Medium;
    // esmtp's, libcurl's CURLE_RECV_ERROR
    "SMTP server dropped connection" => Dropped, Medium;
    "Failure when receiving data from the peer" => Dropped, Medium;
    // Zabbix's `cannot connect to SMTP server "x": cannot resolve [x]`, check_smtp's
    // `Invalid hostname/address - x`
    "cannot resolve [" => DnsFailed, Medium;
    "Invalid hostname/address" => DomainNotFound, Medium;
    // PHPMailer's notice that the server had closed the connection before the next command
    // (`SMTP NOTICE: EOF caught while checking if connected`); Erlang's gen_smtp (Elixir's
    // Swoosh and Bamboo) with a closed socket (`{:network_failure, ..., {:error, :closed}}`)
    "EOF caught while checking if connected" => Dropped, Medium;
    "{:error, :closed}}" => Dropped, Medium;
    "{error,closed}}" => Dropped, Medium;
    // (and its timeout, on connecting or in the session: `{:error, :timeout}`)
    "{:error, :timeout}}" => TimedOut, Medium;
    "{error,timeout}}" => TimedOut, Medium;
    // (its verdicts: `{:no_more_hosts, {:permanent_failure, '192.0.2.20', :auth_failed}}`,
    // `{:retries_exceeded, {:temporary_failure, ...}}`; Erlang writes them without colons)
    "{:permanent_failure," => Bounced, Medium;
    "{permanent_failure," => Bounced, Medium;
    "{:temporary_failure," => Deferred, Medium;
    "{temporary_failure," => Deferred, Medium;
    // Rust's lettre, its error's debug form: `Permanent(Code { severity:
    // PermanentNegativeCompletion, ... })`
    "PermanentNegativeCompletion" => Bounced, Medium;
    "TransientNegativeCompletion" => Deferred, Medium;
    // .NET's `Unable to read data from the transport connection`: the session had opened and
    // then broke; with Windows' 10060 text after it, the read timed out (a hanging server,
    // not a connection that could not be opened)
    "Unable to read data from the transport connection" => Dropped, Medium;
    "Unable to read data from the transport connection: A connection attempt failed" => SessionTimedOut, Strong;
    // CDO's 0x80040213 (SSRS, classic ASP: `The transport failed to connect to the
    // server.`) and Outlook's 0x80042109 (`Outlook cannot connect to your outgoing (SMTP)
    // e-mail server`): no session, for any reason
    "transport failed to connect to the server" => CannotConnect, Medium;
    "cannot connect to your outgoing" => CannotConnect, Weak;
    "unable to connect to your outgoing" => CannotConnect, Weak;
    // WSAEACCES (10013): a local firewall or filter forbade the outbound connection
    "access a socket in a way forbidden by its access permissions" => CannotConnect, Medium;
    // (a translation of 10061's text that others machine-translate back: `Unable to
    // connect due to active rejection by the target computer`)
    "due to active rejection" => Refused, Medium;
    "SMTP connect()" => CannotConnect, Weak;
    "Imposible conectar al servidor SMTP" => CannotConnect, Weak;
    "possível conectar ao servidor SMTP" => CannotConnect, Weak;
    "possível ligar ao servidor SMTP" => CannotConnect, Weak;
    "Impossibile connettersi all'host SMTP" => CannotConnect, Weak;
    "impossible de se connecter au serveur SMTP" => CannotConnect, Weak;
    "Échec de la connexion SMTP" => CannotConnect, Weak;
    "Konnte keine Verbindung zum SMTP-Host herstellen" => CannotConnect, Weak;
    "Verbindung zum SMTP-Server fehlgeschlagen" => CannotConnect, Weak;
    "kon niet verbinden met SMTP-host" => CannotConnect, Weak;
    "SMTP Verbinding mislukt" => CannotConnect, Weak;
    "Błąd SMTP: Nie można połączyć się z" => CannotConnect, Weak;
    "Nelze navázat spojení se SMTP serverem" => CannotConnect, Weak;
    "SMTP sunucusuna bağlanılamadı" => CannotConnect, Weak;
    "Kunde inte ansluta till SMTP-server" => CannotConnect, Weak;
    "Forbindelse til SMTP serveren kunne ikke oprettes" => CannotConnect, Weak;
    "Kunne ikke koble til SMTP-vert" => CannotConnect, Weak;
    "не удается подключиться к SMTP-серверу" => CannotConnect, Weak;
    "Ошибка соединения с SMTP-сервером" => CannotConnect, Weak;
    "під'єднатися до SMTP-серверу" => CannotConnect, Weak;
    "Помилка з'єднання з SMTP-сервером" => CannotConnect, Weak;
    // (and in vi, ar, bg, el, fa, fi, he, hi, hr, hu, id, ms, ro, sk, sr)
    "Không thể kết nối máy chủ SMTP" => CannotConnect, Weak;
    "Lỗi kết nối với SMTP" => CannotConnect, Weak;
    "لا يمكن الاتصال بالخادم SMTP" => CannotConnect, Weak;
    "Не може да се свърже с SMTP хоста" => CannotConnect, Weak;
    "SMTP провален connect()" => CannotConnect, Weak;
    "Αδυναμία σύνδεσης στον SMTP-Host" => CannotConnect, Weak;
    "Αποτυχία σύνδεσης στον SMTP Server" => CannotConnect, Weak;
    "اتصال به سرور SMTP برقرار نشد" => CannotConnect, Weak;
    "خطا در اتصال به SMTP" => CannotConnect, Weak;
    "SMTP-virhe: yhteys palvelimeen ei onnistu" => CannotConnect, Weak;
    "לא הצלחתי להתחבר לשרת SMTP" => CannotConnect, Weak;
    "SMTP सर्वर से कनेक्ट नहीं हो सका" => CannotConnect, Weak;
    "SMTP का connect () फ़ंक्शन विफल" => CannotConnect, Weak;
    "Ne mogu se spojiti na SMTP poslužitelj" => CannotConnect, Weak;
    "Spajanje na SMTP poslužitelj nije uspjelo" => CannotConnect, Weak;
    "nem lehet kapcsolódni az SMTP-szerverhez" => CannotConnect, Weak;
    "Hiba az SMTP-kapcsolatban" => CannotConnect, Weak;
    "Tidak dapat terhubung ke host SMTP" => CannotConnect, Weak;
    "Tidak dapat menghubungi hos pelayan SMTP" => CannotConnect, Weak;
    "Conectarea la serverul SMTP a eșuat" => CannotConnect, Weak;
    "Nebolo možné nadviazať spojenie so SMTP serverom" => CannotConnect, Weak;
    "повезивање са SMTP сервером није успело" => CannotConnect, Weak;
    // (and in ca, ja, ko, lt, lv, sl, zh (Taiwan; China))
    "No es pot connectar al servidor SMTP" => CannotConnect, Weak;
    "SMTPホストに接続できませんでした" => CannotConnect, Weak;
    "SMTP 호스트에 접속할 수 없습니다" => CannotConnect, Weak;
    "SMTP 연결을 실패하였습니다" => CannotConnect, Weak;
    "nepavyksta prisijungti prie SMTP stoties" => CannotConnect, Weak;
    "SMTP susijungimo klaida" => CannotConnect, Weak;
    "Nevar izveidot savienojumu ar SMTP serveri" => CannotConnect, Weak;
    "SMTP savienojuma kļūda" => CannotConnect, Weak;
    "Vzpostavljanje povezave s SMTP gostiteljem ni uspelo" => CannotConnect, Weak;
    "Ne morem vzpostaviti povezave s SMTP strežnikom" => CannotConnect, Weak;
    "無法連接到 SMTP 主機" => CannotConnect, Weak;
    "无法连接到 SMTP 主机" => CannotConnect, Weak;
    "SMTP服务器连接失败" => CannotConnect, Weak;
    // Thunderbird's send errors (its composeMsgs.properties: an unknown server, a refused
    // connection, a connection lost mid-transaction, a timeout), in English and in vi, th,
    // id, hu, ar, el, uk, ro, fi
    "is unknown. The server may be incorrectly configured" => DomainNotFound, Medium;
    "or is refusing SMTP connections" => Refused, Medium;
    "was lost in the middle of the transaction" => Dropped, Medium;
    "không xác định. Máy chủ có thể được định cấu hình" => DomainNotFound, Medium;
    "đang từ chối kết nối SMTP" => Refused, Medium;
    "bị mất khi đang giao dịch" => Dropped, Medium;
    "đã hết thời gian chờ kết nối với máy chủ gửi thư" => TimedOut, Medium;
    "ไม่รู้จักเซิร์ฟเวอร์ขาออก (SMTP)" => DomainNotFound, Medium;
    "หรือปฏิเสธการเชื่อมต่อ SMTP" => Refused, Medium;
    "หายไประหว่างการทำธุรกรรม" => Dropped, Medium;
    "หมดเวลา ลองอีกครั้ง" => TimedOut, Medium;
    "tidak diketahui. Server mungkin tidak dikonfigurasi" => DomainNotFound, Medium;
    "atau menolak sambungan" => Refused, Medium;
    "terputus di tengah transaksi" => Dropped, Medium;
    "kehabisan waktu. Coba lagi" => TimedOut, Medium;
    "levélküldő kiszolgáló (SMTP) ismeretlen" => DomainNotFound, Medium;
    "vagy visszautasítja az SMTP kapcsolatokat" => Refused, Medium;
    "kapcsolat megszakadt a tranzakció közben" => Dropped, Medium;
    "kapcsolat időtúllépés miatt megszakadt" => TimedOut, Medium;
    "مجهول. قد يكون الخادوم معدًا" => DomainNotFound, Medium;
    "أو يرفض اتصالات خادوم الصادر" => Refused, Medium;
    "لفقد الاتصال مع خادوم الصادر" => Dropped, Medium;
    "لانتهاء مهلة الاتصال مع خادوم الصادر" => TimedOut, Medium;
    "είναι άγνωστος. Βεβαιωθείτε" => DomainNotFound, Medium;
    "ή να αρνείται συνδέσεις SMTP" => Refused, Medium;
    "επειδή χάθηκε η σύνδεση με τον διακομιστή SMTP" => Dropped, Medium;
    "έληξε το όριο χρόνου σύνδεσης" => TimedOut, Medium;
    "Αδυναμία σύνδεσης με τον διακομιστή SMTP" => CannotConnect, Medium;
    // (the same four, and the STARTTLS one (no STARTTLS offered), in de, fr, es (Spain;
    // Argentina), it, pt (Brazil; Portugal), pl, ru, ja, zh (China; Taiwan), ko, nl, cs, sk,
    // tr, sv, da, nb, ca: thunderbird-l10n's composeMsgs.properties)
    "ist unbekannt. Der Server ist eventuell falsch konfiguriert" => DomainNotFound, Medium;
    "oder lehnt SMTP-Verbindungen ab" => Refused, Medium;
    "mitten in der Transaktion verloren wurde" => Dropped, Medium;
    "ihre Ablaufzeit (Timeout) überschritten hat" => TimedOut, Medium;
    "kann nicht mit STARTTLS aufgebaut werden" => TlsNotOffered, Medium;
    "est inconnu. Le serveur est peut-être mal configuré" => DomainNotFound, Medium;
    "ou refuse les connexions SMTP" => Refused, Medium;
    "a été perdue pendant la transaction" => Dropped, Medium;
    "a expiré. Veuillez essayer à nouveau" => TimedOut, Medium;
    "ne propose pas cette fonctionnalité" => TlsNotOffered, Medium;
    "es desconocido. El servidor puede estar mal configurado" => DomainNotFound, Medium;
    "está rechazando conexiones SMTP" => Refused, Medium;
    "se perdió en mitad de la transacción" => Dropped, Medium;
    "porque ha caducado la conexión al servidor" => TimedOut, Medium;
    "ya que no anuncia ese mecanismo" => TlsNotOffered, Medium;
    "está rechazando las conexiones SMTP" => Refused, Medium;
    "en medio de la transacción" => Dropped, Medium;
    "se terminó el tiempo para la conexión al servidor" => TimedOut, Medium;
    "porque no anuncia esa funcionalidad" => TlsNotOffered, Medium;
    "sconosciuto. Il server potrebbe essere configurato in modo non corretto" => DomainNotFound, Medium;
    "o rifiutare le connessioni in uscita (SMTP)" => Refused, Medium;
    "è stata interrotta durante la trasmissione" => Dropped, Medium;
    "è scaduta. Riprova" => TimedOut, Medium;
    "utilizzando STARTTLS in quanto non supporta questa funzione" => TlsNotOffered, Medium;
    "não é conhecido. O servidor pode ter sido configurado incorretamente" => DomainNotFound, Medium;
    "ou recusando conexões SMTP" => Refused, Medium;
    "foi perdida no meio da transação" => Dropped, Medium;
    "expirou. Tente novamente" => TimedOut, Medium;
    "uma vez que ele não anuncia esta funcionalidade" => TlsNotOffered, Medium;
    "não é conhecido. Pode ser que o servidor esteja mal configurado" => DomainNotFound, Medium;
    "ou a recusar ligações SMTP" => Refused, Medium;
    "poczty wychodzącej (SMTP) jest nieznany" => DomainNotFound, Medium;
    "albo nie przyjmować połączeń SMTP" => Refused, Medium;
    "zostało przerwane w trakcie transakcji" => Dropped, Medium;
    "upłynął limit czasu połączenia z serwerem" => TimedOut, Medium;
    "jako że nie ogłasza on jego stosowania" => TlsNotOffered, Medium;
    "неизвестен. Возможно, сервер неверно сконфигурирован" => DomainNotFound, Medium;
    "или отказывать в соединении по SMTP" => Refused, Medium;
    "было утеряно в середине транзакции" => Dropped, Medium;
    "время ожидания соединения с Сервером исходящей почты" => TimedOut, Medium;
    "так как он не заявил о поддержке этой возможности" => TlsNotOffered, Medium;
    "サーバーの設定に誤りがある可能性があります" => DomainNotFound, Medium;
    "SMTP 接続が拒否された可能性があります" => Refused, Medium;
    "との接続が切断されたため" => Dropped, Medium;
    "との接続がタイムアウトしたため" => TimedOut, Medium;
    "が STARTTLS をサポートしていないため" => TlsNotOffered, Medium;
    "未知。服务器可能配置错误" => DomainNotFound, Medium;
    "或者拒绝 SMTP 连接" => Refused, Medium;
    "的连接在传输过程中中断" => Dropped, Medium;
    "因为它不宣称支持此功能" => TlsNotOffered, Medium;
    "未知。伺服器可能設定錯誤" => DomainNotFound, Medium;
    "或暫時拒絕 SMTP 連線" => Refused, Medium;
    "間的連線在傳輸過程中中斷" => Dropped, Medium;
    "間的連線逾時" => TimedOut, Medium;
    "並未宣稱有 STARTTLS 功能" => TlsNotOffered, Medium;
    "서버 설정이 틀릴 가능성이 있습니다" => DomainNotFound, Medium;
    "SMTP 연결을 거부할 가능성이" => Refused, Medium;
    "로 연결이 중간에 실패했습니다" => Dropped, Medium;
    "연결 시간이 초과되어 메시지를 보낼 수 없습니다" => TimedOut, Medium;
    "STARTTLS를 통한 보안 연결을 할 수 없습니다" => TlsNotOffered, Medium;
    "is onbekend. Mogelijk is de server niet juist geconfigureerd" => DomainNotFound, Medium;
    "of weigert SMTP-verbindingen" => Refused, Medium;
    "in het midden van de transactie werd verbroken" => Dropped, Medium;
    "de wachttijd voor de verbinding met uitgaande" => TimedOut, Medium;
    "aangezien de server die functie niet aankondigt" => TlsNotOffered, Medium;
    "je neznámý. Server může být špatně nakonfigurován" => DomainNotFound, Medium;
    "nebo odmítá SMTP spojení" => Refused, Medium;
    "bylo ztraceno uprostřed transakce" => Dropped, Medium;
    "vypršelo. Zkuste to znovu" => TimedOut, Medium;
    "protože server tuto možnost nepodporuje" => TlsNotOffered, Medium;
    "je neznámy. Server môže byť nesprávne nakonfigurovaný" => DomainNotFound, Medium;
    "alebo odmieta pripojenia typu SMTP" => Refused, Medium;
    "bolo počas prenosu prerušené" => Dropped, Medium;
    "časový limit pripojenia k serveru" => TimedOut, Medium;
    "použitím STARTTLS, pretože túto funkciu nepodporuje" => TlsNotOffered, Medium;
    "bilinmiyor. Sunucu yanlış yapılandırılmış olabilir" => DomainNotFound, Medium;
    "SMTP bağlantılarını geri çeviriyor olabilir" => Refused, Medium;
    "ile bağlantı koptu" => Dropped, Medium;
    "ile bağlantı zaman aşımına uğradı" => TimedOut, Medium;
    "çünkü sunucu bu özelliği sunmuyor" => TlsNotOffered, Medium;
    "är okänd. Servern kan vara felaktigt konfigurerad" => DomainNotFound, Medium;
    "eller nekar anslutningar till utgående server" => Refused, Medium;
    "förlorades mitt under transaktionen" => Dropped, Medium;
    "gjorde timeout. Försök igen" => TimedOut, Medium;
    "eftersom den inte annonserat den funktionen" => TlsNotOffered, Medium;
    "er ukendt. Serveren er måske forkert sat op" => DomainNotFound, Medium;
    "eller afviser SMTP-forbindelser" => Refused, Medium;
    "forsvandt midt i overførslen" => Dropped, Medium;
    "løb ud. Prøv igen" => TimedOut, Medium;
    "da den ikke fortæller, at den understøtter denne funktionalitet" => TlsNotOffered, Medium;
    "er ukjent. Serveren kan være feilkonfigurert" => DomainNotFound, Medium;
    "eller avviser SMTP-tilkoblinger" => Refused, Medium;
    "ble mistet midt i en transaksjon" => Dropped, Medium;
    "fikk tidsavbrudd. Prøv igjen" => TimedOut, Medium;
    "med STARTTLS, siden den ikke støtter den funksjonen" => TlsNotOffered, Medium;
    "és desconegut. El servidor pot estar configurat de forma incorrecta" => DomainNotFound, Medium;
    "o estigui rebutjant connexions SMTP" => Refused, Medium;
    "en mig de la transacció" => Dropped, Medium;
    "ha esgotat el temps" => TimedOut, Medium;
    "atès que no fa conèixer la característica" => TlsNotOffered, Medium;
    "Невідомий сервер вихідної пошти (SMTP)" => DomainNotFound, Medium;
    "або відхиляє з'єднання SMTP" => Refused, Medium;
    "було втрачене при виконанні операції" => Dropped, Medium;
    "завершився час очікування з'єднання з сервером вихідної пошти" => TimedOut, Medium;
    "este necunoscut. Ar putea fi o problemă de configurare" => DomainNotFound, Medium;
    "sau să refuze conexiunile SMTP" => Refused, Medium;
    "s-a pierdut în mijlocul tranzacției" => Dropped, Medium;
    "a expirat. Încearcă din nou" => TimedOut, Medium;
    "ei tunneta. Palvelinasetukset voivat olla" => DomainNotFound, Medium;
    "tai estää SMTP-yhteyspyynnöt" => Refused, Medium;
    "katkesi kesken tiedonsiirron" => Dropped, Medium;
    "aikakatkaistiin. Yritä uudelleen" => TimedOut, Medium;
    // SmarterMail (`Failed all attempts to connect to the recipients mail server`)
    "all attempts to connect to" => ConnectFailed, Weak;
    "attempts to connect to recipients mail server" => ConnectFailed, Weak;
    // What administrators run by hand to test a route: Windows' telnet, PowerShell's
    // Test-NetConnection, swaks, Perl's IO::Socket, Nagios' check_smtp/check_tcp, curl
    "Could not open connection to the host" => ConnectFailed, Medium;
    "WARNING: TCP connect to" => ConnectFailed, Medium;
    "*** Error connecting to" => ConnectFailed, Medium;
    "connect: timeout" => TimedOut, Medium;
    "Socket timeout after" => TimedOut, Medium;
    // (curl: connected, then no reply)
    "server response timeout" => SessionTimedOut, Medium;
    // Linux's errno numbers as OpenSSL's s_client prints them (`connect:errno=111`)
    "errno=110" => TimedOut, Medium;
    "errno=111" => Refused, Medium;
    "errno=104" => Reset, Medium;
    // getaddrinfo's EAI_NONAME on BSD and macOS; EAI_NODATA (glibc's words)
    "nodename nor servname provided" => DomainNotFound, Medium;
    "No address associated with hostname" => DnsNoRecords, Medium;
    "Cannot connect to remote server" => CannotConnect, Medium;
    // Mail clients' and webmail's words for a connection that was not made, the cause
    // unsaid (Roundcube's `Connection to server failed.`, Horde's `Error connecting to SMTP
    // server.`, SOGo, SnappyMail's and Claws' `Can't connect to`, K-9's `Unable to open
    // connection to SMTP server`, Outlook's `cannot connect to server`, MailCore's `could
    // not be established`): vague, the cause they quote decides
    "Connection failed" => CannotConnect, Weak;
    "Connection to server failed" => CannotConnect, Weak;
    // (Roundcube's French)
    "échec lors de la connexion au serveur" => CannotConnect, Weak;
    "error connecting to SMTP server" => CannotConnect, Weak;
    "error when connecting to the SMTP server" => CannotConnect, Weak;
    "Can't connect to" => CannotConnect, Weak;
    "cannot connect to" => CannotConnect, Weak;
    "Unable to open connection to" => CannotConnect, Weak;
    "connection to the server could not be established" => CannotConnect, Weak;
    // (`Couldn't connect to host, port: ...`, JavaMail: as `Could not connect`)
    "Couldn't connect to" => ConnectFailed, Weak;
    // mutt and neomutt (`Could not find the host "mx.example.net"`, `SMTP session failed:
    // read error`, `certificate owner does not match hostname`); Android's trust store
    // (`Trust anchor for certification path not found.`); RainLoop's and Horde's read
    // timeouts; glibc's ECONNREFUSED in Russian
    "Could not find the host" => DomainNotFound, Medium;
    "SMTP session failed: read error" => Dropped, Medium;
    "certificate owner does not match hostname" => CertMismatch, Medium;
    "Trust anchor for certification path not found" => CertUntrusted, Medium;
    // (the same clients' messages in their translations, mutt's and msmtp's catalogues:
    // a host not found, in French, Russian and Italian; mutt's
    // `SSL failed: %s`, which quotes GnuTLS's alert; msmtp's failed handshake, certificate
    // for another name and server without STARTTLS, in German, French and Portuguese)
    "Impossible de trouver la machine \"" => DomainNotFound, Medium;
    "Не удалось определить адрес сервера" => DomainNotFound, Medium;
    "Impossibile trovare l'host \"" => DomainNotFound, Medium;
    "SSL failed: " => TlsFailed, Medium;
    "SSL fehlgeschlagen" => TlsFailed, Medium;
    "SSL a échoué" => TlsFailed, Medium;
    "Не удалось установить SSL-соединение" => TlsFailed, Medium;
    "SSL 失败" => TlsFailed, Medium;
    "SSL fallito" => TlsFailed, Medium;
    "A TLS fatal alert has been received" => TlsFailed, Medium;
    "TLS-Aushandlung fehlgeschlagen" => TlsFailed, Medium;
    "Zertifikatseigner stimmt nicht mit dem Hostnamen" => CertMismatch, Medium;
    "unterstützt über den STLS-Befehl kein TLS" => TlsNotOffered, Medium;
    "Échec de la poignée de main TLS" => TlsFailed, Medium;
    "détenteur du certificat ne correspond pas au nom d'hôte" => CertMismatch, Medium;
    "ne supporte pas TLS via la commande STARTTLS" => TlsNotOffered, Medium;
    "handshake de TLS falhou" => TlsFailed, Medium;
    "não suporta TLS através do comando STARTTLS" => TlsNotOffered, Medium;
    "SocketReadTimeoutException" => SessionTimedOut, Medium;
    "Server read/timeout error" => SessionTimedOut, Medium;
    "в соединении отказано" => Refused, Medium;
    "Cannot establish session" => CannotConnect, Medium;
    // (1&1's delay notice: `connection to mail exchanger failed`)
    "connection to mail exchanger failed" => ConnectFailed, Medium;
    // (Windows' SMTP service and Exchange 2003's queue: `Destination server does not exist.`)
    "Destination server does not exist" => DomainNotFound, Medium;
    // (Microsoft 365's notice: `Despite repeated attempts to deliver your message, a
    // connection to the remote server couldn't be made.`)
    "a connection to the remote server couldn't be made" => CannotConnect, Medium;
    // Windows' SMTP service (its queue's error strings); Ruby's `Timeout::Error` (Postal:
    // `execution expired`).
    "did not respond to a connection attempt" => TimedOut, Medium;
    // (a notice's `has not yet been delivered because the recipient server did not respond`)
    "the recipient server did not respond" => TimedOut, Medium;
    "Unable to make a connection" => ConnectFailed, Weak;
    "execution expired" => TimedOut, Medium;
    // Exchange: the connectivity log's socket error names, and the NDR's words
    "(TimedOut:" => TimedOut, Strong;
    "(ConnectionRefused:" => Refused, Strong;
    "actively refused" => Refused, Medium;
    "refused to accept a connection" => Refused, Medium;
    "Service not available" => ServiceUnavailable, Weak;
    // (Exchange's `421 4.3.2 Service not active`: its transport is not taking mail)
    "Service not active" => ServiceUnavailable, Weak;
    "Service unavailable" => ServiceUnavailable, Weak;
    // TLS
    "TLS is required, but was not offered" => TlsNotOffered, Medium;
    "does not support STARTTLS" => TlsNotOffered, Medium;
    "STARTTLS not supported" => TlsNotOffered, Medium;
    // Nagios' check_smtp; OpenSSL's s_client; Thunderbird
    "TLS not supported by server" => TlsNotOffered, Medium;
    "Didn't find STARTTLS in server response" => TlsNotOffered, Medium;
    "since it doesn't advertise that feature" => TlsNotOffered, Medium;
    // swaks
    "TLS startup failed" => TlsFailed, Medium;
    "STARTTLS attempted but failed" => TlsFailed, Medium;
    "starttls-not-supported" => TlsNotOffered, Medium;
    "STARTTLS is required" => StarttlsRequired, Medium;
    "Must issue a STARTTLS command first" => StarttlsRequired, Medium;
    // Momentum; Cisco AsyncOS (its TLS-required delivery failure)
    "STARTTLS required but not advertised" => TlsNotOffered, Medium;
    // Stalwart (`STARTTLS not advertised by host.`), Haraka (`No TLS available but
    // required by configuration.`), maddy (`TLS it not available or unauthenticated but
    // required`)
    "STARTTLS not advertised" => TlsNotOffered, Medium;
    // (dma's `STARTTLS not available`, swaks' `*** Host did not advertise STARTTLS`,
    // curl's `(64) STARTTLS denied, code 454`, Email::Sender's `can't STARTTLS: ...`)
    "STARTTLS not available" => TlsNotOffered, Medium;
    // (OpenBSD smtp(1)'s `missing feature: TLS not supported by remote host`, Monit's
    // `STARTTLS required but the mail server doesn't support it`)
    "TLS not supported by remote host" => TlsNotOffered, Medium;
    "STARTTLS required but the mail server doesn't support" => TlsNotOffered, Medium;
    // (nullmailer's, check_smtp's, libcurl's CURLE_SSL_CONNECT_ERROR, Node.js' reset
    // during the handshake)
    "Error completing TLS handshake" => TlsFailed, Medium;
    "Cannot make SSL connection" => TlsFailed, Medium;
    "SSL connect error" => TlsFailed, Medium;
    "disconnected before secure TLS connection was established" => TlsFailed, Medium;
    "did not advertise STARTTLS" => TlsNotOffered, Medium;
    "STARTTLS denied" => TlsNotOffered, Medium;
    "can't STARTTLS" => TlsFailed, Medium;
    "No TLS available but required" => TlsNotOffered, Medium;
    "not available or unauthenticated but required" => TlsNotOffered, Medium;
    // (rustls/Stalwart: the peer closed the connection during the handshake)
    "tls handshake eof" => TlsFailed, Medium;
    "TLS was required but could not be" => TlsFailed, Medium;
    "TLS negotiation failed" => TlsFailed, Medium;
    "TlsNegotiationFailed" => TlsFailed, Strong;
    "Cannot start TLS" => TlsFailed, Medium;
    "handshake failed" => TlsFailed, Medium;
    "handshake failure" => TlsFailed, Medium;
    "during handshake" => TlsFailed, Medium;
    // OpenSSL's reasons for a handshake that did not complete (in OpenSMTPD's and Exim's
    // TLS errors: `SSL routines:SSL23_GET_SERVER_HELLO:sslv3 alert illegal parameter`)
    "alert illegal parameter" => TlsFailed, Medium;
    // (the peer's alert that it does not trust the chain it was shown: Postfix's `TLS
    // library problem: ... tlsv1 alert unknown ca`)
    "alert unknown ca" => CertUntrusted, Medium;
    // (Erlang's ssl: `CLIENT ALERT: Fatal - Unknown CA`, `{bad_cert,hostname_check_failed}`;
    // gen_smtp's `{temporary_failure, Host, tls_failed}`, not a counter's `tls_failed=0`)
    "Fatal - Unknown CA" => CertUntrusted, Medium;
    "hostname_check_failed" => CertMismatch, Medium;
    "tls_failed}" => TlsFailed, Medium;
    "SSL23_GET_SERVER_HELLO" => TlsFailed, Medium;
    "wrong version number" => TlsFailed, Medium;
    // (its kin, OpenSSL's `packet length too long` / Python's `[SSL:
    // PACKET_LENGTH_TOO_LONG]`: TLS spoken to a port that speaks plain SMTP)
    "packet length too long" => TlsFailed, Medium;
    // (Haskell's tls: `HandshakeFailed (Error_Packet_Parsing ...)`; Go's net/smtp client in
    // Alertmanager: `'require_tls' is true ... does not advertise the STARTTLS extension`)
    "HandshakeFailed" => TlsFailed, Medium;
    "does not advertise the STARTTLS extension" => TlsNotOffered, Medium;
    "PACKET_LENGTH_TOO_LONG" => TlsFailed, Medium;
    // (OpenSSL's `ssl_choose_client_version:unsupported protocol`: no TLS version both
    // sides speak; Microsoft 365's `421 4.7.66 TLS 1.0 and 1.1 are not supported`)
    ":unsupported protocol" => TlsFailed, Medium;
    "state=error: unsupported protocol" => TlsFailed, Medium;
    "TLS 1.0 and 1.1 are not supported" => TlsFailed, Medium;
    // (Postfix's TLSRPT log: `failure_reason=unable_to_get_local_issuer_certificate`)
    "unable_to_get_local_issuer_certificate" => CertUntrusted, Medium;
    "no protocols available" => TlsFailed, Medium;
    // Exim's deferral when STARTTLS was accepted but the session failed
    "failure while setting up TLS session" => TlsFailed, Medium;
    // Postfix
    "refused to start TLS" => TlsFailed, Medium;
    "SSL_connect error" => TlsFailed, Strong;
    // (the server's side: Postfix's smtpd `SSL_accept error from`, OpenSSL's `no shared
    // cipher`; Exim's `TLS error on connection` either way, and its handshake's failure
    // whatever GnuTLS says of it; GnuTLS's unclean close of a session)
    "SSL_accept error" => TlsFailed, Strong;
    "(gnutls_handshake)" => TlsFailed, Strong;
    "no shared cipher" => TlsFailed, Medium;
    "TLS error on connection" => TlsFailed, Medium;
    "TLS connection was non-properly terminated" => Dropped, Medium;
    // Exim
    "did not offer TLS support" => TlsNotOffered, Medium;
    "TLS session not started" => TlsNotOffered, Medium;
    "attempt to start TLS failed" => TlsFailed, Medium;
    "Failed to start TLS" => TlsFailed, Medium;
    "bad first read from TLS" => TlsFailed, Medium;
    "(SSL_connect)" => TlsFailed, Medium;
    // OpenSMTPD
    "TLS required but not supported" => TlsNotOffered, Medium;
    "STARTTLS rejected" => TlsFailed, Medium;
    "tls-failure" => TlsFailed, Medium;
    "tls-connect-failed" => TlsFailed, Medium;
    // Sendmail
    "STARTTLS=client, error" => TlsFailed, Medium;
    "STARTTLS failed" => TlsFailed, Medium;
    // (audit 53) JavaMail's `Could not convert socket to TLS`; Purelymail's refusal to send
    // in clear (`MinimumTlsRequirementNotMetError: ... but got TLS_NONE`)
    "Could not convert socket to TLS" => TlsFailed, Medium;
    // Java's SSLHandshakeException when the peer ends the handshake with an alert
    // (`Received fatal alert: handshake_failure`, `... certificate_unknown`)
    "Received fatal alert: " => TlsFailed, Medium;
    // (tlslite's `TLSRemoteAlert: handshake_failure`, the peer's alert)
    "TLSRemoteAlert" => TlsFailed, Medium;
    // Cisco AsyncOS's delivery log (`DCID 80167 TLS failed: STARTTLS unexpected response`)
    "STARTTLS unexpected response" => TlsFailed, Medium;
    "MinimumTlsRequirementNotMet" => TlsNotOffered, Medium;
    // Windows' Schannel (`SEC_E_CERT_EXPIRED (0x80090328)`); Python's ssl.CertificateError
    // (`hostname 'x' doesn't match either of 'a', 'b'`); Momentum (`SSL cert common name
    // does not match host`, `certificate not yet valid: possible clock skew`); Qt's text of
    // OpenSSL's missing local issuer; Exim's OCSP check (its own spelling)
    "SEC_E_CERT_EXPIRED" => CertExpired, Strong;
    // (Schannel's SEC_E_WRONG_PRINCIPAL, 0x80090322: `The target principal name is
    // incorrect.`; curl's `SSL: no alternative certificate subject name matches target host
    // name`)
    "SEC_E_WRONG_PRINCIPAL" => CertMismatch, Strong;
    // (Schannel's SEC_E_INVALID_TOKEN, 0x80090308, a handshake it could not read: `The
    // token supplied to the function is invalid`; CERT_E_UNTRUSTEDROOT, 0x800B0109: `A
    // certificate chain processed, but terminated in a root certificate which is not
    // trusted by the trust provider`)
    "token supplied to the function is invalid" => TlsFailed, Medium;
    "not trusted by the trust provider" => CertUntrusted, Medium;
    "target principal name is incorrect" => CertMismatch, Medium;
    "no alternative certificate subject name matches" => CertMismatch, Medium;
    "doesn't match either of" => CertMismatch, Medium;
    "common name does not match" => CertMismatch, Medium;
    "certificate not yet valid" => CertInvalid, Medium;
    // (A certificate outside its validity period because the sender's clock is behind:
    // OpenSSL's and Node's `certificate is not yet valid`, GnuTLS' `The certificate chain
    // uses not yet valid certificate` after its `NOT trusted`, Java's
    // `CertificateNotYetValidException` and its PKIX `timestamp check failed`: a failed
    // check of the dates, as an expired certificate's)
    "certificate is not yet valid" => CertExpired, Medium;
    "uses not yet valid certificate" => CertExpired, Medium;
    "CertificateNotYetValidException" => CertExpired, Strong;
    "CertPathValidatorException: timestamp check failed" => CertExpired, Strong;
    // (MailKit's SslHandshakeException: `An error occurred while attempting to establish an
    // SSL or TLS connection.`)
    "while attempting to establish an SSL or TLS connection" => TlsFailed, Medium;
    // (Evolution's `Failed to connect to SMTP server X in secure mode: Unacceptable TLS
    // certificate`)
    "Unacceptable TLS certificate" => CertInvalid, Medium;
    // (.NET's SmtpException `The operation has timed out.`; Outlook's 0x8004210B, `The
    // operation timed out waiting for a response from the sending (SMTP) server`;
    // ECONNABORTED's strerror)
    "The operation has timed out" => TimedOut, Medium;
    "timed out waiting for a response from the sending" => TimedOut, Medium;
    "Software caused connection abort" => Dropped, Medium;
    "locally looked up certificate could not be found" => CertUntrusted, Medium;
    "OSCP dates invalid" => CertInvalid, Medium;
    // Certificates
    "CertificateExpired" => CertExpired, Strong;
    "certificate has expired" => CertExpired, Medium;
    "certificate is expired" => CertExpired, Medium;
    // OpenSSL's short name of X509_V_ERR_CERT_HAS_EXPIRED (posttls-finger, DANE checks:
    // `mx.example.net[192.0.2.1]: cert-expired`)
    ": cert-expired" => CertExpired, Medium;
    "certificate expired" => CertExpired, Medium;
    "certificate-expired" => CertExpired, Medium;
    "expired certificate" => CertExpired, Medium;
    "SubjectMismatch" => CertMismatch, Strong;
    "CertificateNameMismatch" => CertMismatch, Strong;
    // (Postfix's verdict after any failed check: weak, the check's own words before it say
    // which, `certificate verification failed for ...: untrusted issuer`)
    "Server certificate not verified" => CertMismatch, Weak;
    "certificate is valid for" => CertMismatch, Medium;
    "certificate name mismatch" => CertMismatch, Medium;
    // MailKit's SslHandshakeException (`The host name did not match the name given in the
    // server's SSL certificate.`, `The server's SSL certificate could not be validated`)
    "did not match the name given in the server's SSL certificate" => CertMismatch, Medium;
    "SSL certificate could not be validated" => CertInvalid, Medium;
    // Momentum; Windows' SMTP service
    "certificate subject does not match host" => CertMismatch, Medium;
    "differs from the name on its certificate" => CertMismatch, Medium;
    "certificate doesn't match the host" => CertMismatch, Medium;
    "hostname mismatch" => CertMismatch, Medium;
    "certificate-host-mismatch" => CertMismatch, Medium;
    // (Exchange Online's `Remote certificate failed MTA-STS validation. Reason: Expired`)
    "validation. Reason: Expired" => CertExpired, Strong;
    // (nullmailer's `Server SSL/TLS certificate does not match hostname`)
    "certificate does not match hostname" => CertMismatch, Medium;
    // A chain that could not be built to a trusted root (CertUntrusted: usually an
    // intermediate the server did not send, Microsoft's cause of 4.4.317; an unknown issuer
    // or authority, Postfix's `untrusted issuer`, Go's `unknown authority`, may be either),
    // and a certificate that says it is self-signed or signed by no CA (CertNotTrusted)
    "UntrustedRoot" => CertUntrusted, Strong;
    "PartialChain" => CertUntrusted, Strong;
    "Server certificate not trusted" => CertUntrusted, Medium;
    "untrusted issuer" => CertUntrusted, Medium;
    // (TLS reports' result type, RFC 8460: `"result-type":"certificate-not-trusted"`,
    // Postfix's `TLSRPT: status=failure, ... failure_type=certificate-not-trusted`; maddy's
    // `Recipient server TLS certificate is not trusted but authentication is required by
    // MTA-STS`)
    "certificate-not-trusted" => CertUntrusted, Medium;
    "is not trusted but authentication is required" => CertUntrusted, Medium;
    // Momentum; Windows' SMTP service
    "cert must be signed by a valid CA" => CertUntrusted, Medium;
    "certificate not signed by a valid CA" => CertUntrusted, Medium;
    "certificate is untrusted" => CertUntrusted, Medium;
    "self-signed certificate" => CertNotTrusted, Medium;
    "self signed certificate" => CertNotTrusted, Medium;
    "unable to get local issuer certificate" => CertUntrusted, Medium;
    "unknown authority" => CertUntrusted, Medium;
    // (msmtp's reasons after `TLS certificate verification failed:` with GnuTLS: `the
    // certificate hasn't got a known issuer`, `the certificate's issuer is not a CA`)
    "hasn't got a known issuer" => CertUntrusted, Medium;
    "issuer is not a CA" => CertNotTrusted, Medium;
    // (with OpenSSL: `the certificate is not trusted`; GnuTLS' own `The certificate is NOT
    // trusted. The certificate issuer is unknown.`)
    "certificate is not trusted" => CertUntrusted, Medium;
    "certificate issuer is unknown" => CertUntrusted, Medium;
    "certificate verification failed" => CertInvalid, Medium;
    "Certificate validation failed" => CertInvalid, Medium;
    "bad certificate" => CertInvalid, Medium;
    "certificate verify failed" => CertInvalid, Medium;
    // libcurl's CURLE_PEER_FAILED_VERIFICATION
    "SSL peer certificate or SSH remote key was not OK" => CertInvalid, Medium;
    "failed to verify certificate" => CertInvalid, Medium;
    "CertificateRevoked" => CertRevoked, Strong;
    "certificate revoked" => CertRevoked, Medium;
    "certificate is revoked" => CertRevoked, Medium;
    "NotTimeValid" => CertRevoked, Strong;
    // Postfix (REQUIRETLS), Exim, OpenSMTPD (libtls), Sendmail (the verify result FAIL in
    // its tls_server ruleset), Exchange
    "no matching server certificate" => CertMismatch, Medium;
    "SSL verify error" => CertInvalid, Medium;
    "not present in server certificate" => CertMismatch, Medium;
    "no server certificate" => CertInvalid, Medium;
    "tls_server, arg1=FAIL" => CertInvalid, Medium;
    "Certificate validation failure" => CertInvalid, Medium;
    // Dropped sessions
    "ConnectionReset" => Reset, Strong;
    "ECONNRESET" => Reset, Strong;
    // (Python's exceptions by their class: asyncio words a refused connect only as
    // `ConnectionRefusedError: [Errno 111] Connect call failed ('192.0.2.1', 25)`)
    "ConnectionRefusedError" => Refused, Strong;
    "ConnectionResetError" => Reset, Strong;
    // (Cisco AsyncOS: `Connection Error: DCID 63 ... details: EOF ... reason: network
    // error`, the peer closed the connection)
    "details: EOF" => Dropped, Medium;
    // (its other details: `details: timeout`, and its expiry's last error in a tuple,
    // `5.4.7 - Delivery expired (message too old) ('000', ['timeout'])`; with no detail
    // that names the failure, `details: [Errno 0] Error ... reason: network error`, a
    // connection that failed otherwise)
    "details: timeout" => TimedOut, Medium;
    "['timeout']" => TimedOut, Medium;
    // (the same in its delivery status notification: `5.4.7 - Delivery expired (message
    // too old) 'timeout' (delivery attempts: 0)`)
    "(message too old) 'timeout'" => TimedOut, Medium;
    "reason: network error" => CannotConnect, Weak;
    "10054" => Reset, Strong;
    "Connection reset" => Reset, Medium;
    "10053" => Dropped, Strong;
    "Connection dropped" => Dropped, Medium;
    "closed abruptly" => Dropped, Medium;
    "disconnected abruptly" => Dropped, Medium;
    "lost connection" => Dropped, Medium;
    "Broken pipe" => Dropped, Medium;
    // WSAECONNABORTED's text (10053); MailKit's and Outlook's (0x800CCC0F) words for a
    // server that went away mid-session
    "established connection was aborted by the software in your host machine" => Dropped, Medium;
    "has unexpectedly disconnected" => Dropped, Medium;
    "unexpectedly terminated the connection" => Dropped, Medium;
    // .NET's SslStream: the peer closed during the TLS handshake (as rustls' `tls handshake
    // eof`): TLS was not started
    "remote party has closed the transport stream" => TlsFailed, Medium;
    // Windows' SMTP service
    "connection was dropped by the remote host" => Dropped, Medium;
    // Gmail's legacy notices (`Connection was dropped by remote host (SENT_HELO)`)
    "Connection was dropped by remote host" => Dropped, Medium;
    // Servers of Windows shops and their clients: MDaemon's session log (`Unexpected socket
    // closure`), Exchange's send connector (`the connection to X was disconnected by the
    // remote server`), Open-Xchange's (`Connection was reset`, `The IP address of host "x"
    // could not be determined`, `Connection was refused or timed out while attempting to
    // connect`), Windows' SMTP service's queue errors (`An SSL error occurred.`, `The remote
    // SMTP server responded with an error during the STARTTLS command.`) and a mailbox
    // server's refusal of a plain LMTP/SMTP session (Zimbra's `451 4.2.2 Server accepts
    // messages only on TLS connection`)
    "Unexpected socket closure" => Dropped, Medium;
    "was disconnected by the remote server" => Dropped, Medium;
    "Connection was reset" => Reset, Medium;
    "The IP address of host \"" => DomainNotFound, Medium;
    "timed out while attempting to connect" => TimedOut, Strong;
    "An SSL error occurred" => TlsFailed, Medium;
    "error during the STARTTLS command" => TlsFailed, Medium;
    "accepts messages only on TLS connection" => StarttlsRequired, Medium;
    "closed the connection" => Dropped, Medium;
    "connection closed unexpectedly" => Dropped, Medium;
    // (Symfony Mailer's `Connection to "host:587" has been closed unexpectedly.`)
    "has been closed unexpectedly" => Dropped, Medium;
    "Connection closed by" => Dropped, Medium;
    "closed connection" => Dropped, Weak;
    // Go's io.EOF in a logfmt record (`error=EOF`: the server closed the session); Cisco
    // IronPort's `Receiving aborted`; Cisco ASA's ESMTP inspection dropping a session
    "error=EOF" => Dropped, Medium;
    // (and as Prometheus Alertmanager and Mattermost print it: `err=EOF`, `Notify attempt
    // 1 failed: EOF`, `Failed to open a connection to SMTP server EOF`; Python's exception
    // by its class, `SMTPServerDisconnected sending mail`)
    "err=EOF" => Dropped, Medium;
    "failed: EOF" => Dropped, Medium;
    "SMTP server EOF" => Dropped, Medium;
    // (Go's net/smtp, the greeting never read: `create SMTP client: EOF`)
    "SMTP client: EOF" => Dropped, Medium;
    // (python-slimta's `421 4.3.0 Connection was closed prematurely`)
    "Connection was closed prematurely" => Dropped, Medium;
    "SMTPServerDisconnected" => Dropped, Medium;
    "Receiving aborted" => Dropped, Medium;
    "Dropped connection for ESMTP" => Dropped, Medium;
    "terminated by inspection engine" => Dropped, Medium;
    // PHPMailer's read timeout in a session (`SMTP -> get_lines(): timed-out (60 sec)`)
    "get_lines(): timed-out" => SessionTimedOut, Medium;
    // SMTP client libraries (audit 51): aiosmtplib's and s-nail's `Unexpected EOF` (Weak:
    // a TLS handshake's own failure decides), emailjs' `timedout while connecting`, Rust's
    // resolver error (`failed to lookup address information: Try again`), Perl
    // Email::Sender's and Zend's generic connect failures, Go's refusal of a certificate
    // named only by its Common Name
    "Unexpected EOF" => Dropped, Weak;
    "timedout while connecting" => TimedOut, Medium;
    "failed to lookup address information" => DnsFailed, Medium;
    "unable to establish SMTP connection" => ConnectFailed, Weak;
    "Could not open socket" => ConnectFailed, Weak;
    "certificate relies on legacy Common Name field" => CertMismatch, Medium;
    "ConnectionAborted" => Dropped, Weak;
    "timed out while" => SessionTimedOut, Medium;
    // Exim: a session that opened and then timed out or broke off
    "SMTP timeout after" => SessionTimedOut, Strong;
    // (Exim's older wording: `SMTP timeout while connected to mx [ip] after initial
    // connection: Connection timed out`, a session that was open)
    "timeout while connected to" => SessionTimedOut, Strong;
    "failed to write a data block" => Dropped, Medium;
    // Sendmail
    "reply: read error" => Dropped, Medium;
    "timeout waiting for input" => SessionTimedOut, Medium;
    // (a PHP mailer's `Smtp error: Timeout(10) while trying to read from SMTP server`)
    "while trying to read from SMTP server" => SessionTimedOut, Medium;
    // Programs that send through an SMTP library print their platform's socket, resolver
    // and TLS errors. Windows (Winsock's messages, as .NET's SocketException gives them):
    "did not properly respond after a period of time" => TimedOut, Medium;
    "forcibly closed by the remote host" => Reset, Medium;
    "No such host is known" => DomainNotFound, Medium;
    // (WSANO_DATA and WSANO_RECOVERY: a name without the record asked for, a resolver
    // that failed: `[Errno 11004] getaddrinfo failed`)
    "no data of the requested type was found" => DnsNoRecords, Medium;
    "[Errno 11004]" => DnsNoRecords, Strong;
    "[Errno 11003]" => DnsFailed, Strong;
    "WSAHOST_NOT_FOUND" => DomainNotFound, Strong;
    "11001" => DomainNotFound, Strong;
    // .NET (WebException, SmtpClient, SslStream)
    "remote name could not be resolved" => DnsFailed, Medium;
    "net_io_connectionclosed" => Dropped, Medium;
    "remote certificate is invalid" => CertInvalid, Medium;
    // (.NET's SslPolicyErrors by name; a revocation list that could not be read)
    "RemoteCertificateChainErrors" => CertUntrusted, Strong;
    "RemoteCertificateNameMismatch" => CertMismatch, Strong;
    "unable to check revocation" => CertInvalid, Medium;
    // Java (java.net, JavaMail, JSSE)
    "UnknownHostException" => DnsFailed, Strong;
    "Unknown SMTP host" => DnsFailed, Medium;
    "PKIX path building failed" => CertUntrusted, Medium;
    "unable to find valid certification path" => CertUntrusted, Medium;
    "No appropriate protocol" => TlsFailed, Medium;
    // getaddrinfo's errors (glibc's texts; Node.js gives the codes), PHP's and Go's: a name
    // that does not resolve (EAI_NONAME, Go's NXDOMAIN) or a lookup that failed for now
    "Name or service not known" => DomainNotFound, Medium;
    "Temporary failure in name resolution" => DnsFailed, Medium;
    "ENOTFOUND" => DomainNotFound, Strong;
    "EAI_AGAIN" => DnsFailed, Strong;
    // (Python's socket.gaierror by its number, whatever words the C library gives it:
    // glibc's above, musl's `[Errno -3] Try again`, `[Errno -2] Name does not resolve`)
    "[Errno -3] " => DnsFailed, Strong;
    "[Errno -2] " => DomainNotFound, Strong;
    // (curl's CURLE_COULDNT_RESOLVE_HOST: `cURL error 6: Could not resolve host: x`)
    "Could not resolve host" => DomainNotFound, Medium;
    // (libuv's error numbers on Windows, as Node.js prints an error object: `errno: -4039`
    // ETIMEDOUT, `-4077` ECONNRESET, `-4078` ECONNREFUSED)
    "errno: -4039" => TimedOut, Strong;
    "errno: -4077" => Reset, Strong;
    "errno: -4078" => Refused, Strong;
    "\"errno\": -4039" => TimedOut, Strong;
    "\"errno\": -4077" => Reset, Strong;
    "\"errno\": -4078" => Refused, Strong;
    // (Node.js's resolver: the DNS server refused the query; nodemailer's code for it)
    "EREFUSED" => DnsFailed, Strong;
    "'EDNS'" => DnsFailed, Strong;
    "\"code\":\"EDNS\"" => DnsFailed, Strong;
    "\"code\": \"EDNS\"" => DnsFailed, Strong;
    "php_network_getaddresses" => DnsFailed, Medium;
    "no such host" => DomainNotFound, Medium;
    // Python's smtplib and ssl, Node.js's nodemailer and tls
    "Connection unexpectedly closed" => Dropped, Medium;
    "Unexpected socket close" => Dropped, Medium;
    "STARTTLS extension not supported" => TlsNotOffered, Medium;
    "does not support TLS" => TlsNotOffered, Medium;
    "does not support secure connections" => TlsNotOffered, Medium;
    "issued by an authority that is not trusted" => CertUntrusted, Medium;
    "Could not establish trust relationship for the SSL/TLS" => CertUntrusted, Medium;
    // A timeout reading a reply: the session was open (Java's SocketTimeoutException)
    "Read timed out" => SessionTimedOut, Medium;
    "EHOSTUNREACH" => Unreachable, Strong;
    "ENETUNREACH" => Unreachable, Strong;
    // (Node.js: a connect the sending host's own firewall or policy forbade, `connect
    // EACCES 192.0.2.25:25`: no session could be opened)
    "connect EACCES" => CannotConnect, Medium;
    // (CDO's 0x80040213, in a script's error: `The transport couldn't establish a
    // connection to the server.`)
    "couldn't establish a connection to the server" => ConnectFailed, Weak;
    "WRONG_VERSION_NUMBER" => TlsFailed, Strong;
    // (Nodemailer: connected, no greeting; its error code, ETIMEDOUT, is every timeout's)
    "Greeting never received" => SessionTimedOut, Strong;
    "match certificate's altnames" => CertMismatch, Medium;
    // PHP's stream_socket_enable_crypto (PHPMailer, Symfony Mailer)
    "did not match expected CN" => CertMismatch, Medium;
    // (Swift Mailer's and Symfony Mailer's exception when the handshake after STARTTLS
    // fails; a certificate's own words, which they often append, decide first)
    "Unable to connect with TLS encryption" => TlsFailed, Medium;
    "Unable to connect with STARTTLS" => TlsFailed, Medium;
    // (Go's crypto/x509: no trust store to verify against)
    "failed to load system roots" => CertUntrusted, Medium;
    // Ruby's Net::SMTP: the connect did not complete
    "Net::OpenTimeout" => TimedOut, Strong;
    // (and the reply that never came, or a session the server closed: a session that
    // broke off after the connect)
    "Net::ReadTimeout" => SessionTimedOut, Strong;
    "end of file reached" => Dropped, Medium;
    // qmail-remote's temporary DNS failure (its permanent one names the host)
    "couldn't find any host by that name" => DnsFailed, Medium;
    "couldn't_find_any_host_by_that_name" => DnsFailed, Medium;
    // (its permanent one: `Sorry, I couldn't find any host named x. (#5.1.2)`)
    "couldn't find any host named" => DomainNotFound, Medium;
    // (audit 54) GreenArrow's qmail-style `couldn't find a mail exchanger or IP address
    // (#5.4.4)`; Purelymail's `NoMxHostFoundException`; Exim's `no IP address found for host`
    "couldn't find a mail exchanger or IP address" => DomainNotFound, Medium;
    "NoMxHostFoundException" => DnsNoRecords, Medium;
    "no IP address found for host" => DnsFailed, Medium;
    // (audit 58) Exim's router (`lookup of host "mx.example.net" failed in dnslookup
    // router`); Postini's final bounces (`550 MX records inaccessible for too long`, `550 MTA
    // inaccessible for too long`); qmail's connect failure without its status, as hosts
    // reprint it (`Sorry, I wasn't able to establish an SMTP connection.`); a control
    // panel's `SMTP Error 101, cannot open SMTP stream`
    "lookup of host \"" => DnsFailed, Medium;
    "MX records inaccessible" => DnsFailed, Medium;
    "MTA inaccessible" => ConnectFailed, Medium;
    "inaccessible for too long" => Expired, Medium;
    "able to establish an SMTP connection" => ConnectFailed, Medium;
    "cannot open SMTP stream" => ConnectFailed, Medium;
    // (audit 57) qmail's session that broke off (`Connected to 192.0.2.1 but connection
    // died`); a gateway's delay warning (`Warning--Could not send mail for past 2.5 hours`)
    "but connection died" => Dropped, Medium;
    "Could not send mail for past" => Delayed, Medium;
    // Linux's errno numbers as Sun/Oracle Messaging Server and others print them
    // (`No formatted text for errno = 111`)
    "text for errno = 110" => TimedOut, Medium;
    "text for errno = 111" => Refused, Medium;
    "text for errno = 104" => Reset, Medium;
    // Haraka's outbound bounce; Postal's deferral; maddy's queue verdict
    "[outbound] bouncing mail" => Bounced, Medium;
    // (its bounce after the retries ran out: `bouncing mail: Too many failures (...)`)
    "bouncing mail: Too many failures" => Expired, Medium;
    "requeued for trying later" => Deferred, Medium;
    "not delivered, permanent error" => Bounced, Medium;
    // (Exim's bounce: `This is a permanent error. The following address(es) failed:`)
    "This is a permanent error. The following" => Bounced, Medium;
    // Haraka's outbound deferral
    "Temp failing" => Deferred, Medium;
    // Haraka's outbound after a failed host: the next one is tried
    "Trying next MX" => Deferred, Medium;
    // Trend Micro's Email Reputation Services: `Mail from IP deferred using Trend Micro
    // Email Reputation database`
    " deferred using " => Deferred, Medium;
    // PowerMTA's own deferral when no MX answered; OpenSMTPD's certificate check
    "no MXs for this domain could be reached" => ConnectFailed, Medium;
    "certificate check failed" => CertInvalid, Medium;
    // Amazon SES's inner error of an expiry
    "Unable to lookup DNS" => DnsFailed, Medium;
    // TLS libraries' own words for a session that never agreed on TLS: a plain-text server
    // answered (Go's crypto/tls), no common protocol version (Go, OpenSSL's reason code,
    // Java's JSSE), STARTTLS missing (.NET's SmtpClient, Ruby's Net::SMTP), Postfix's server
    // side with no working TLS (`454 4.7.0 TLS not available due to local problem`)
    "does not look like a TLS handshake" => TlsFailed, Medium;
    "unsupported protocol version" => TlsFailed, Medium;
    "SSL: UNSUPPORTED_PROTOCOL" => TlsFailed, Strong;
    "is not accepted by client preferences" => TlsFailed, Medium;
    "alert protocol version" => TlsFailed, Medium;
    "does not support the STARTTLS extension" => TlsNotOffered, Medium;
    "STARTTLS is not supported" => TlsNotOffered, Medium;
    "TLS not available" => TlsFailed, Medium;
    // Certificate checks in the words of JSSE, Go's x509, Ruby's OpenSSL, Node.js's tls,
    // rustls (Stalwart, KumoMTA: `invalid peer certificate: Expired`) and MailKit
    "No subject alternative DNS name matching" => CertMismatch, Medium;
    "No subject alternative names" => CertMismatch, Medium;
    "No name matching" => CertMismatch, Weak;
    "certificate is not valid for any names" => CertMismatch, Medium;
    "does not match the server certificate" => CertMismatch, Medium;
    "ERR_TLS_CERT_ALTNAME_INVALID" => CertMismatch, Strong;
    "validity check failed" => CertExpired, Medium;
    "CERT_HAS_EXPIRED" => CertExpired, Strong;
    "unable to verify the first certificate" => CertUntrusted, Medium;
    "UNABLE_TO_VERIFY_LEAF_SIGNATURE" => CertUntrusted, Strong;
    "SELF_SIGNED_CERT_IN_CHAIN" => CertNotTrusted, Strong;
    "DEPTH_ZERO_SELF_SIGNED_CERT" => CertNotTrusted, Strong;
    "invalid peer certificate" => CertInvalid, Medium;
    "invalid peer certificate: Expired" => CertExpired, Strong;
    "invalid peer certificate: NotValidYet" => CertRevoked, Strong;
    "invalid peer certificate: NotValidForName" => CertMismatch, Strong;
    "invalid peer certificate: UnknownIssuer" => CertUntrusted, Strong;
    "invalid peer certificate: Revoked" => CertRevoked, Strong;
    "certificate presented by the server is not trusted" => CertUntrusted, Medium;
    "DANE failed to authenticate" => CertInvalid, Medium;
    // (No certificate of the server matches its TLSA records: a TLS report's
    // `"failure-reason-code":"No matching certificates found."`, maddy's `550 5.7.0 No
    // matching TLSA records`; maddy's refusals of a session without the TLS its policy
    // requires: `TLS is required but unsupported or failed (enforced by DANE)`, `TLS it
    // not available or unauthenticated but required`)
    "No matching certificates found." => CertInvalid, Medium;
    "No matching TLSA records" => CertInvalid, Medium;
    "TLS is required but" => TlsFailed, Medium;
    "unauthenticated but required" => TlsFailed, Medium;
    // (Sendmail's `tls_server` ruleset: `403 4.7.0 DANE check failed.`)
    "DANE check failed" => CertInvalid, Medium;
    // Queue outcome
    "Message expired" => Expired, Medium;
    "QUEUE.Expired" => Expired, Strong;
    "status=expired" => Expired, Strong;
    // (Postfix's delivery agents' verdict without its field: `expired, returned to sender
    // (lost connection with ...)`)
    "expired, returned to sender" => Expired, Strong;
    "retry timeout exceeded" => Expired, Medium;
    // (Exim's, when the hosts had failed for longer than the retry rules allow before the
    // message came: `all hosts have been failing for a long time and were last tried after
    // this message arrived`)
    "all hosts have been failing for a long time" => Expired, Medium;
    "were last tried after this message arrived" => OriginExim, Strong;
    "Message delayed" => Delayed, Medium;
    "Action: delayed" => Delayed, Medium;
    "status=deferred" => Deferred, Medium;
    "stat=Deferred" => Deferred, Medium;
    // Sendmail's queue listing (`mailq`): `(Deferred: Connection refused by mx.example.net)`
    "(Deferred: " => Deferred, Medium;
    "(Deferred)" => Deferred, Medium;
    // Postfix's deferral of a destination after a failure; Sendmail's `a@b... Deferred`
    "delivery temporarily suspended" => Deferred, Medium;
    // (in brackets, as its log and queue listing print it: the outcome, whatever the
    // reply it quotes: `(delivery temporarily suspended: SASL authentication failed; server
    // ... said: 535 ...)`)
    "(delivery temporarily suspended" => Deferred, Medium;
    // hMailServer's delivery log (`Message could not be delivered. Scheduling it for later
    // delivery in 60 minutes.`, `Message rescheduled for later quick delivery.`)
    "Scheduling it for later delivery" => Deferred, Medium;
    "Message rescheduled for later" => Deferred, Medium;
    "sender verify defer" => Deferred, Medium;
    // Postfix's cleanup when a table lookup failed (`warning: ...: virtual_alias_maps map
    // lookup problem for a@b -- message not accepted, try again later`)
    "message not accepted, try again later" => Deferred, Medium;
    "... Deferred" => Deferred, Medium;
    "status=bounced" => Bounced, Medium;
    "status=sent" => Sent, Medium;
    "permanent failure" => Bounced, Weak;
    "returned permanent errors" => Bounced, Weak;
    "temporary failure" => Deferred, Weak;
    "stat=Sent" => Sent, Medium;
    // (Sendmail's names of its exit codes as the outcome of a delivery or of the notice it
    // returned: EX_UNAVAILABLE and EX_NOHOST are final. `Service unavailable` there is
    // a server that answered with a refusal, not one that could not be reached.)
    "stat=Service unavailable" => Bounced, Medium;
    "DSN: Service unavailable" => Bounced, Medium;
    "DSN: Host unknown" => Bounced, Medium;
    // (Whole phrases: "was not successfully delivered" is no delivery.)
    "was successfully delivered" => Sent, Medium;
    "been successfully delivered" => Sent, Medium;
    "was delivered successfully" => Sent, Medium;
    "been delivered successfully" => Sent, Medium;
    // Exchange's notices of a delivery (a relay's DSN, a delivery receipt); GreenArrow's
    // log of a local delivery (`success <a@b> ...: did 0+0+1/`)
    "Delivery to these recipients or groups is complete" => Sent, Medium;
    "Your message has been delivered to the following recipients" => Sent, Medium;
    ": did 0+0+" => Sent, Medium;
    ": did 1+0+0/" => Sent, Medium;
    ": did 0+1+0/" => Sent, Medium;
    // The expiry and delay wordings of each MTA. Exim:
    "have been failing for a long time" => Expired, Medium;
    "after a long failure period" => Expired, Medium;
    // OpenSMTPD (and its delivery results)
    "Envelope expired" => Expired, Medium;
    // (OpenSMTPD 5's delivery line: `delivery: Ok for ...: ..., stat=Delivered`)
    "stat=Delivered" => Sent, Medium;
    "TempFail" => Deferred, Medium;
    // (its log's result field, which outweighs a quoted reply as Postfix's status= does)
    "result=TempFail" => Deferred, Medium;
    "result=Ok stat=" => Sent, Medium;
    "PermFail" => Bounced, Medium;
    // Sendmail
    "Cannot send message for" => Expired, Medium;
    // (Sendmail's log of a returned message; its delay warnings carry it too)
    "return to sender: " => Bounced, Weak;
    "Message could not be delivered for" => Expired, Medium;
    "delivery time expired" => Expired, Medium;
    "could not send message for past" => Delayed, Medium;
    // Exchange's NDR prose
    "has stopped trying" => Expired, Medium;
    "Despite repeated attempts to deliver" => Expired, Medium;
    // (Exchange Online's NDR for a destination that never answered)
    "Despite repeated attempts to contact the recipient's email system" => OriginExchangeOnline, Strong;
    "Despite repeated attempts to deliver your message" => OriginExchangeOnline, Strong;
    "in the time limit specified" => Expired, Medium;
    // Exchange Server 2007's NDR, and list managers' refusals (Sympa's `Impossible to
    // distribute your message`, Mailman's `automatically rejected`, Google Groups')
    "Microsoft Exchange will not try to redeliver this message" => Bounced, Medium;
    "Impossible to distribute your message for list" => Bounced, Medium;
    "your message has been automatically rejected" => Bounced, Medium;
    "may not have permission to post messages to the group" => Bounced, Medium;
    "Delivery is delayed to these recipients" => Delayed, Medium;
    // (delay notices' own words, which the cross-vendor reasons file under `expired`: the
    // message is still queued. MailEnable's `Message Delivery has been delayed`, `Your
    // message has been delayed`, `Mail Delivery Delayed`, Exchange's `Delivery to these
    // recipients or groups is delayed:` and Outlook's `will continue to try`, Postfix's
    // `could not be delivered for more than 4 hour(s)`, `Delivery attempts will continue
    // to be made for 5 day(s)`)
    // (weak: words of a final failure beside them win, `has been delayed and has now
    // failed permanently`, `Delivery delayed for 2 days - giving up`)
    "has been delayed" => Delayed, Weak;
    "Delivery delayed" => Delayed, Weak;
    "recipients or groups is delayed" => Delayed, Medium;
    "will continue to try" => Delayed, Weak;
    "could not be delivered for more than" => Delayed, Medium;
    "Delivery attempts will continue to be made for" => Delayed, Medium;
    // (a gateway's `We will continue to attempt delivery of this message for 5 days.`)
    "will continue to attempt delivery" => Delayed, Medium;
    // (and the queue's own word that it gave up: Postfix's `status=force-expired` after
    // `postsuper -e`, `message is administratively expired`)
    "status=force-expired" => Expired, Medium;
    "administratively expired" => Expired, Medium;
    // (Windows' SMTP service's notice: `Delivery to the following recipients failed.`)
    "Delivery to the following recipients failed" => Bounced, Medium;
    // The delay warnings of Postfix (bounce.cf's delay template) and Sendmail (savemail.c):
    // their "could not be delivered for N hours" is no expiry
    "THIS IS A WARNING ONLY" => Delayed, Strong;
    // (Postfix's delay template says so as plainly as the banner: a quoted 5xx of the
    // last attempt is retried too)
    "It will be retried until it is" => Delayed, Strong;
    "will be retried until it is" => OriginPostfix, Strong;
    "THIS IS A WARNING MESSAGE ONLY" => Delayed, Strong;
    "message still undelivered after" => Delayed, Medium;
    "Will keep trying until message is" => Delayed, Medium;
    "hasn't been delivered yet" => Delayed, Medium;
    // Exim's delay warning (its warn_message_file's default wording)
    "has not yet been delivered to one or more of its recipients" => Delayed, Medium;
    // (its lines: `Delay reason: ...` before the last error of each address, the list's
    // heading, and the closing
    // `Delivery attempts will continue for some time`: the message is still queued,
    // whatever reply the reason quotes)
    // (its subject, `Warning: message 1abc-000 delayed 24 hours`: weak, as other systems
    // start warnings so too)
    "Warning: message " => Delayed, Weak;
    // .NET's SmtpException names the reply's class by its SmtpStatusCode before the
    // server's words, which may carry no code: `Mailbox unavailable. The server response
    // was: ...` (550), `Transaction failed. The server response was: ...` (554)
    "Mailbox unavailable. The server response was" => Bounced, Medium;
    "Transaction failed. The server response was" => Bounced, Medium;
    "Delay reason: " => Delayed, Strong;
    "to which the message has not yet been delivered" => Delayed, Medium;
    "Delivery attempts will continue for some time" => Delayed, Strong;
    // Cisco AsyncOS's expiry (`5.4.7 - Delivery expired (message too old)`)
    "Delivery expired (message too old)" => Expired, Strong;
    // (and a message an administrator bounced from its queue: `5.x.0 - Message bounced by
    // administrator`)
    "Message bounced by administrator" => Bounced, Medium;
    // Stalwart's notices as the sender: a delay and a final one
    "There was a temporary problem delivering your message" => Delayed, Medium;
    "could not be delivered to the following recipients" => Bounced, Medium;
    // Older servers' and gateways' notices, each in its own words: Domino's and X.400
    // gateways' `Your message ... was not delivered to: X because: ...`, IMail's
    // `undeliverable to x@y`, Exchange 5.5/2000's `Did not reach the following recipient(s)`
    // and `The recipient name is not recognized`, `Your message could not be delivered to`,
    // `Your mail cannot be delivered to the following address(es)`, `Your message to <x>
    // was automatically rejected:`, `has been returned because the recipient is ...`, and
    // the queue's own word that it gave up (InterScan's `Exceeded Maximum Delivery
    // Attempts`)
    "was not delivered to" => Bounced, Weak;
    "undeliverable to " => Bounced, Weak;
    "Did not reach the following recipient" => Bounced, Weak;
    "The recipient name is not recognized" => Bounced, Weak;
    "Your message could not be delivered to" => Bounced, Weak;
    "cannot be delivered to the following address" => Bounced, Weak;
    "was automatically rejected" => Bounced, Weak;
    "has been returned because" => Bounced, Weak;
    "Exceeded Maximum Delivery Attempts" => Expired, Medium;
    // (IMail's `Invalid final delivery userid: x@y`; TeamWARE's `<x@y> (failed: Bad
    // destination mailbox address)`)
    "Invalid final delivery userid" => Bounced, Weak;
    "> (failed: " => Bounced, Weak;
    // Exchange Online's notice (its heading when no code is given)
    "Your message couldn't be delivered" => Bounced, Medium;
    // Amazon SES's and Resend's accounts of a bounce
    "sent a hard bounce message" => Bounced, Medium;
    "sent a bounce message" => Bounced, Weak;
    // A host's delay notice: the system will keep trying
    "The mail system will continue to attempt" => Delayed, Medium;
    // qmail-send's bounce: the final notice after the queue lifetime, and its heading
    "I'm not going to try again" => Expired, Medium;
    // qmail-send's log: a deferred delivery (`delivery 12: deferral: ...`), a local one
    // done (qmail-local's `success: did_0+0+1/`)
    ": deferral: " => Deferred, Medium;
    ": success: did_" => Sent, Medium;
    // Dovecot's LDA/LMTP (`lmtp(user): ...: sieve: msgid=...: stored mail into mailbox
    // 'INBOX'`, `saved mail to INBOX`)
    "stored mail into mailbox" => Sent, Weak;
    ": saved mail to " => Sent, Weak;
    "This is a permanent error; I've given up" => Bounced, Medium;
    // Gmail's own notices as the sender: a final one and a delay
    "Message not delivered" => Bounced, Weak;
    "Your message wasn't delivered to" => Bounced, Weak;
    "Delivery incomplete" => Delayed, Medium;
    "Gmail will retry for" => Delayed, Medium;
    // (Gmail's own notice of a delay: `You'll be notified if the delivery fails
    // permanently.`)
    "be notified if the delivery fails permanently" => OriginGmail, Strong;
    // cPanel's Exim notice of a deferral (`This is a temporary error. The following
    // address(es) deferred:`)
    "The following address(es) deferred" => Delayed, Medium;
    // Gmail's older notices and logs: `PERM_FAILURE: DNS Error: ...`
    "PERM_FAILURE" => Bounced, Medium;
    "TEMP_FAILURE" => Deferred, Medium;
    // ZoneMTA's log (`DEFERRED[network]`), KumoMTA's log record type, Apache James and
    // SmarterMail, MDaemon's bounce (`had PERMANENT fatal delivery errors`)
    "DEFERRED[" => Deferred, Medium;
    "TransientFailure" => Deferred, Medium;
    "Temporary SMTP delivery error" => Deferred, Medium;
    // (hMailServer: `Delivery to example.net deferred due to the per-destination rate
    // limit`)
    "deferred due to" => Deferred, Medium;
    // (Sendmail's queue status of a recipient: `Deferred: Connection timed out with X.`,
    // `Deferred: Name server timeout`; not a count, `Deferred: 12`; weak: a bounce's
    // transcript prints it for a host it then gave up on, beside the recipient's 5xx)
    "Deferred: Connection" => Deferred, Weak;
    "Deferred: Name server" => Deferred, Weak;
    // Delay notices by their subjects: OpenSMTPD's (`Delivery status notification:
    // delayed`), Postfix's, Exchange's and Gmail's
    "status notification: delayed" => Delayed, Medium;
    "Delayed Mail (still being retried)" => Delayed, Medium;
    "Delivery Status Notification (Delay)" => Delayed, Medium;
    // (Sendmail's map lookup that failed for now: `host map: lookup (example.com):
    // deferred`)
    "): deferred" => Deferred, Medium;
    // Bounce templates: Postfix's (`I'm sorry to have to inform you that your message
    // could not be delivered`, not its delay notice's words) and OpenSMTPD's
    "sorry to have to inform you that your message could not" => Bounced, Medium;
    "An error has occurred while attempting to deliver a message for the following" => Bounced, Medium;
    // Stalwart's log events by their ids: a failed connection to a domain's hosts (retried:
    // `queue.rescheduled` follows) and the DSN it sends when it gives up
    "(delivery.connect-error)" => Deferred, Medium;
    "(delivery.dsn-temp-fail)" => Deferred, Medium;
    "(delivery.dsn-perm-fail)" => Bounced, Medium;
    // Courier's and Kerio Connect's log of a delivery (`success: delivered: mx.example.net
    // [192.0.2.22]`, `Result: delivered, Status: 2.0.0`)
    ",success: delivered:" => Sent, Medium;
    // (Courier's verdict that ends each delivery's log line: `id=...,from=<a>,addr=<b>,
    // status: deferred`)
    ",status: success" => Sent, Medium;
    ",status: failure" => Bounced, Medium;
    ",status: deferred" => Deferred, Medium;
    // (msmtp's log: the sysexits code it ended with, `exitcode=EX_TEMPFAIL`)
    "exitcode=EX_OK" => Sent, Medium;
    "exitcode=EX_TEMPFAIL" => Deferred, Medium;
    "exitcode=EX_UNAVAILABLE" => Bounced, Medium;
    // hMailServer's delivery log when it gives up, Sun/Oracle Messaging Server's notice
    "Returning error log to sender" => Bounced, Medium;
    // (Yahoo! JAPAN's and Netscape/iPlanet Messaging Server's notices of a failure, Zoho's
    // of a failure it retries: `Message will be retried for 4 more day(s)`)
    "Unable to deliver message to the following address" => Bounced, Medium;
    "Message was undeliverable due to the following reason" => Bounced, Medium;
    "Message will be retried for" => Deferred, Medium;
    "Your message cannot be delivered to the following recipients" => Bounced, Medium;
    "Result: delivered, Status: " => Sent, Medium;
    "PERMANENT fatal" => Bounced, Medium;
    // maddy (`queue: will retry`); Windows' SMTP service and Netscape Messaging Server on
    // a message that ran out of time
    "will retry" => Deferred, Weak;
    // (nullmailer's `Sending failed: Unspecified temporary error`, the message kept in its
    // queue. Not any program's `failed, retrying`: a syslog's other lines say so too.)
    "Unspecified temporary error" => Deferred, Medium;
    "the message has expired" => Expired, Medium;
    "within the allowed queue period" => Expired, Medium;
    "Could not deliver message to the following recipient" => Bounced, Weak;
    "Action: failed" => Bounced, Medium;
    "Action: delivered" => Sent, Medium;
    // Content filters and gateways that passed a message on: amavis (`Passed CLEAN
    // {RelayedInbound}`), Cisco AsyncOS (`Message done DCID 5 MID 4 to RID [0]`), Sophos
    // UTM (`name="email passed"`), Mimecast's tracking (`"delivered":"true"`)
    "Passed CLEAN" => Sent, Medium;
    "Message done DCID" => Sent, Medium;
    "name=\"email passed\"" => Sent, Medium;
    "\"delivered\":\"true\"" => Sent, Medium;
    // (and that held one back for good: amavis's `Blocked SPAM {DiscardedInbound,...}`,
    // `Blocked INFECTED (Eicar-Test-Signature)`, `Blocked BANNED (...)`)
    "Blocked SPAM" => Bounced, Medium;
    "Blocked INFECTED" => Bounced, Medium;
    "Blocked BANNED" => Bounced, Medium;
    // Cisco AsyncOS's queue: `Message 4 to RID [0] pending till <date>`, and its failed
    // connections (`Info: Connection Error: DCID 63 domain: ... details: timeout`), which
    // it retries
    " pending till " => Deferred, Medium;
    "Info: Connection Error: " => Deferred, Weak;
    // (gateways' and filters' notes of a retry: `A temporary error occurred ... and it will
    // be retried later`, Trend Micro's `temporary delivery error`)
    "will be retried later" => Deferred, Medium;
    "temporary delivery error" => Deferred, Weak;
    "Action: relayed" => Sent, Medium;
    "Action: expanded" => Sent, Medium;
    // Exim's main log: `==` a deferral, `**` a bounce, `defer (errno)`.
    " == " => Deferred, Weak;
    // (`defer (errno)` is Exim's own outcome: it retries whatever reply the line quotes,
    // `defer (-18) ... (EHLO response was: 550 ...)`.)
    " defer (" => Deferred, Medium;
    " ** " => Bounced, Weak;
    "Unrouteable address" => DnsFailed, Medium;
    // (Exim's address tests, `exim -bt`/`-bv`: `a@b is undeliverable: Unrouteable
    // address`, `a@b cannot be resolved at this time: host lookup did not complete`)
    "is undeliverable: " => Bounced, Medium;
    "cannot be resolved at this time:" => Deferred, Medium;
    // (Exim's routing failures, for good: `all relevant MX records point to non-existent
    // hosts`)
    "MX records point to non-existent hosts" => Bounced, Medium;
    // (and its deferral: `missing MX, or all MXs point to missing A records, and defer
    // requested`)
    "all MXs point to missing A records" => DnsFailed, Medium;
    // (Exim's address parser, for good: `a@b;c@d: malformed address: ;c@d may not follow
    // a@b`; cPanel's Exim past its hourly limit of a domain's failures: `Domain x has
    // exceeded the max defers and failures per hour (5/5 (100%)) allowed. Message
    // discarded.`)
    ": malformed address: " => Bounced, Medium;
    "exceeded the max defers and failures per hour" => Bounced, Medium;
    // (and past its hourly limit of a domain's messages: `... has exceeded the max emails per
    // hour (2/2 (100%)) allowed. Message will be reattempted later`, or `Message
    // discarded.`)
    "allowed. Message will be reattempted later" => Deferred, Medium;
    "allowed. Message discarded." => Bounced, Medium;
    // Row hints
    "throttl" => HintThrottle, Weak;
    "thread limit" => HintThrottle, Weak;
    "submission quota" => HintThrottle, Medium;
    "SubmissionQuotaExceeded" => HintThrottle, Strong;
    "mailbox full" => HintMailboxFull, Medium;
    "mailbox is full" => HintMailboxFull, Medium;
    "ShutoffQuotaExceeded" => HintMailboxFull, Strong;
    "over quota" => HintMailboxFull, Medium;
    "Recipient address rejected" => HintRecipientRejected, Medium;
    "Unable to relay" => HintRelay, Medium;
    "Relay access denied" => HintRelay, Medium;
    "Relaying denied" => HintRelay, Medium;
    "not permitted to relay" => HintRelay, Medium;
    "not authenticated" => HintNotAuthenticated, Medium;
    "AuthRequired" => HintNotAuthenticated, Strong;
    "authentication required" => HintNotAuthenticated, Medium;
    "MTA-STS" => HintMtaSts, Medium;
    "greylist" => HintGreylisted, Medium;
    // A null MX (RFC 7505): the domain's own word that it takes no mail (Gmail's `DNS Error:
    // ... returned Null MX`, Postfix's `does not accept mail (nullMX)`), no failed lookup
    "Null MX" => HintNullMx, Medium;
    "nullMX" => HintNullMx, Medium;
    // Postfix's account of a server that refused in its greeting
    "refused to talk to me: " => HintGreetingSkipped, Medium;
    // Postfix's smtpd on the clients that reach it: a client that hung up
    // (`lost connection after EHLO from unknown[192.0.2.7]`), a client whose name and
    // address disagree (`warning: hostname x.example does not resolve to address
    // 192.0.2.7: Name or service not known`): the receiving side's notes, no failed delivery
    "lost connection after CONNECT from" => HintInbound, Medium;
    "lost connection after EHLO from" => HintInbound, Medium;
    "lost connection after HELO from" => HintInbound, Medium;
    "lost connection after AUTH from" => HintInbound, Medium;
    "lost connection after STARTTLS from" => HintInbound, Medium;
    "lost connection after MAIL from" => HintInbound, Medium;
    "lost connection after RCPT from" => HintInbound, Medium;
    "lost connection after DATA from" => HintInbound, Medium;
    "lost connection after DATA (" => HintInbound, Medium;
    "lost connection after BDAT from" => HintInbound, Medium;
    "lost connection after END-OF-MESSAGE from" => HintInbound, Medium;
    "lost connection after RSET from" => HintInbound, Medium;
    "lost connection after UNKNOWN from" => HintInbound, Medium;
    "warning: hostname " => HintInbound, Medium;
    "blocked using" => HintBlocklisted, Medium;
    "blocklist" => HintBlocklisted, Medium;
    "blacklist" => HintBlocklisted, Medium;
    "block list" => HintBlocklisted, Medium;
    "DNSBL" => HintBlocklisted, Medium;
    "Spamhaus" => HintBlocklisted, Medium;
    // Anchors of attributes (found in the same pass)
    "server at " => AnchorServerAt, Weak;
    " said:" => AnchorSaid, Weak;
    "connect to " => AnchorConnectTo, Weak;
    "(in reply to " => AnchorInReplyTo, Weak;
    // The SMTP command a failure answered (the last one named counts).
    "after ehlo" => CommandHelo, Weak;
    // (Postfix's refusal at the greeting, before any command of the message: `host ...
    // refused to talk to me: 554 ...`)
    "refused to talk to me" => CommandHelo, Weak;
    "after helo" => CommandHelo, Weak;
    "Helo command rejected" => CommandHelo, Weak;
    "to ehlo command" => CommandHelo, Weak;
    "to helo command" => CommandHelo, Weak;
    ">>> ehlo" => CommandHelo, Weak;
    ">>> helo" => CommandHelo, Weak;
    "after starttls" => CommandStarttls, Weak;
    "to starttls command" => CommandStarttls, Weak;
    ">>> starttls" => CommandStarttls, Weak;
    "mail from" => CommandMail, Weak;
    "rcpt to" => CommandRcpt, Weak;
    // (Exim's log of a refused recipient, `F=<a@b> rejected RCPT <c@d>: ...`; its
    // temporary refusal says `temporarily rejected RCPT`)
    "rejected RCPT <" => CommandRcpt, Weak;
    "> rejected RCPT <" => Bounced, Weak;
    "temporarily rejected RCPT " => Deferred, Medium;
    // (and of a refused message, after its data or by its local_scan function, `F=<a@b>
    // rejected after DATA: ...`, `rejected by local_scan(): ...`; the temporary forms say
    // `temporarily rejected`)
    " rejected after DATA: " => Bounced, Weak;
    " rejected by local_scan(): " => Bounced, Weak;
    "temporarily rejected after DATA" => Deferred, Medium;
    "temporarily rejected by local_scan()" => Deferred, Medium;
    "smtp:rcpt" => CommandRcpt, Weak;
    // Client libraries' errors for a refused recipient (JavaMail's
    // `SMTPAddressFailedException: 550 ...`, .NET's `SmtpFailedRecipientException`, Python's
    // `SMTPRecipientsRefused`, PHPMailer's `SMTP Error: The following recipients failed:`)
    "SMTPAddressFailedException" => CommandRcpt, Weak;
    "SmtpFailedRecipient" => CommandRcpt, Weak;
    "SMTPRecipientsRefused" => CommandRcpt, Weak;
    "Error: The following recipients failed" => CommandRcpt, Weak;
    "smtp:mail" => CommandMail, Weak;
    "smtp:data" => CommandData, Weak;
    "after rcpt" => CommandRcpt, Weak;
    "end of data" => CommandData, Weak;
    "after data" => CommandData, Weak;
    "to data command" => CommandData, Weak;
    ">>> data" => CommandData, Weak;
    // qmail names the step of the session that failed in words of its own.
    "but my name was rejected" => CommandHelo, Weak;
    "but sender was rejected" => CommandMail, Weak;
    "failed on data command" => CommandData, Weak;
    "failed after i sent the message" => CommandData, Weak;
    // Whose words a text is in (its origin): log fields, bounce templates, host names. They
    // count wherever they stand, host names included.
    "LastAttemptedServer" => OriginExchangeOnline, Strong;
    // (Exchange Online's own servers; not `*.mail.protection.outlook.com`, the MX a
    // hybrid Exchange Server sends to.)
    "prod.protection.outlook.com" => OriginExchangeOnline, Strong;
    // Exchange Online's own terms: the inbound connector's attribution of a tenant, the
    // tenant's allow/block list
    "TenantAttribution" => OriginExchangeOnline, Strong;
    "Tenant Allow Block List" => OriginExchangeOnline, Strong;
    // (its anti-spam refusals' tags and pages: `Access denied, bad outbound sender
    // AS(42003)`, `delist@microsoft.com`, `sender.office.com`; Microsoft 365 groups'
    // transport agent)
    " AS(" => OriginExchangeOnline, Strong;
    "delist@microsoft.com" => OriginExchangeOnline, Strong;
    "sender.office.com" => OriginExchangeOnline, Strong;
    "UnifiedGroupAgent" => OriginExchangeOnline, Strong;
    // (its refusal of SMTP AUTH for a tenant that turned it off: `535 5.7.139 Authentication
    // unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit
    // https://aka.ms/smtp_auth_disabled`, quoted by the clients that were refused)
    "SmtpClientAuthentication is disabled" => OriginExchangeOnline, Strong;
    "aka.ms/smtp_auth_disabled" => OriginExchangeOnline, Strong;
    "UnifiedGroupAgent; Delivery failed" => Bounced, Medium;
    "blocked by your organization using Tenant Allow" => Bounced, Medium;
    "prod.outlook.com" => OriginExchangeOnline, Strong;
    "prod.exchangelabs.com" => OriginExchangeOnline, Strong;
    // (Mere names of the service, which Exchange Server's connectors carry too: they
    // decide only where no layout of another writer's does, as a provider's quoted
    // words do.)
    "Office 365" => OriginExchangeOnline, Medium;
    "Microsoft 365" => OriginExchangeOnline, Medium;
    "Exchange Online" => OriginExchangeOnline, Medium;
    "Microsoft Exchange" => OriginExchangeServer, Strong;
    "could not be found in Domain Name Service (DNS)" => OriginExchangeServer, Strong;
    "Microsoft.Exchange" => OriginExchangeServer, Strong;
    // (audit 89) Exchange transport's own errors: its 421 4.4.0 of a non-conforming
    // reply, the failover of a front end, a send connector's certificate setting; and
    // Exchange Online's expiry (`550 5.4.300 Message expired -> ...`). Weakly, words
    // both write (decided by other words where there are any): 4.4.397's `Error
    // communicating with target host` around a server's queue error, mostly on premises;
    // the store driver's refusal of a submission, mostly Exchange Online's to
    // applications that send through it (`554 5.2.0 STOREDRV.Submission.Exception:
    // SendAsDeniedException`). (Not `STOREDRV.Deliver`: both, as much.)
    "Remote server response was not RFC conformant" => OriginExchangeServer, Strong;
    "IP address responded with:" => OriginExchangeServer, Strong;
    "TlsCertificateName of the SendConnector" => OriginExchangeServer, Strong;
    " 5.4.300 Message expired" => OriginExchangeOnline, Strong;
    "Error communicating with target host" => OriginExchangeServer, Medium;
    "STOREDRV.Submission" => OriginExchangeOnline, Medium;
    "#SMTP#" => OriginExchangeServer, Strong;
    // Exchange Server's back pressure (`The resource pressure increased from Medium to
    // High`) and its receive connector's relay refusal (5.7.54)
    "The resource pressure increased from" => OriginExchangeServer, Strong;
    // Its transport's event log (MSExchangeTransport events 2015, 11015, 11022, 8010): a
    // send connector that could not set up TLS, a domain-secured peer's certificate without
    // its name, a certificate whose revocation could not be checked
    "MSExchangeTransport" => OriginExchangeServer, Strong;
    "is unable to establish TLS with the receiving server" => TlsFailed, Medium;
    "requires Transport Layer Security (TLS) authentication, but" => OriginExchangeServer, Strong;
    "failed to authenticate because the Transport Layer Security (TLS) certificate does not contain the domain name" => CertMismatch, Medium;
    "from domain-secured domain" => OriginExchangeServer, Strong;
    "validation of the Transport Layer Security (TLS) certificate failed" => CertInvalid, Medium;
    "because it was marked for retry if rejected" => OriginExchangeServer, Strong;
    // (and its refusals with 5.7.3: `451 5.7.3 Must issue a STARTTLS command first`,
    // `554 5.7.3 Unable to initialize security subsystem`)
    "Unable to initialize security subsystem" => TlsFailed, Medium;
    "Unable to relay recipient in non-accepted domain" => OriginExchangeServer, Strong;
    "Remote Server returned" => OriginExchangeServer, Strong;
    "Generating server:" => OriginExchangeServer, Strong;
    "Diagnostic information for administrators" => OriginExchangeServer, Strong;
    "Remote Server at" => OriginExchangeServer, Strong;
    "did not reach some or all of the intended recipients" => OriginExchangeServer, Strong;
    "Delivery has failed to these recipients" => OriginExchangeServer, Strong;
    "Delivery is delayed to these recipients or groups" => OriginExchangeServer, Strong;
    "has failed to these recipients or" => Bounced, Weak;
    "SMTPSEND." => OriginExchangeServer, Strong;
    "Winsock error code" => OriginExchangeServer, Strong;
    "Outbound to Internet" => OriginExchangeServer, Strong;
    // (its send protocol log, comma-separated: `2024-01-24T10:15:02.117Z,Outbound to
    // Office 365,08DC...,22,192.0.2.7:28252,198.51.100.5:25,*,,TLS negotiation failed
    // ...`: an event `*` without data, a command sent `>`, a reply received `<`)
    ",*,," => OriginExchangeServer, Strong;
    ",>,EHLO " => OriginExchangeServer, Strong;
    ",<,220 " => OriginExchangeServer, Strong;
    // Exchange Server's connectivity log
    "Failed connection to" => OriginExchangeServer, Strong;
    // Exchange Server's own queue, tracking and proxy errors (Exchange Online's carry its
    // host names or literal MFI codes, which count first; `4.4.397 Error communicating with
    // target host` is both's)
    "Primary target IP address responded with" => OriginExchangeServer, Strong;
    "Attempted failover to alternate host" => OriginExchangeServer, Strong;
    // (a queue's last error: the message waits for the next attempt)
    "failover to alternate host, but that did not succeed" => Deferred, Weak;
    // (its transport's event 2004: `Send connector X: Message delivery was not
    // successful. ... was acknowledged with SMTP response 454 4.7.0 ...`)
    "Message delivery was not successful" => OriginExchangeServer, Strong;
    "Proxy session setup failed on Frontend" => OriginExchangeServer, Strong;
    "{LED=" => OriginExchangeServer, Strong;
    "RecipientStatus" => OriginExchangeServer, Strong;
    "QUEUE.Expired;" => OriginExchangeServer, Strong;
    "DNS query failed. The error was" => OriginExchangeServer, Strong;
    "Could not deliver the message in the time limit" => OriginExchangeServer, Strong;
    // (an Edge Transport server's send connector: `EdgeSync - Site to Internet`)
    "EdgeSync - " => OriginExchangeServer, Strong;
    // Exchange 5.5 to 2003 name their own servers so in NDRs (`MSEXCH:IMS:Org:Site:Server`,
    // `MSEXCH:MSExchangeMTA:...`).
    "MSEXCH:" => OriginExchangeServer, Strong;
    // Exchange Online's message trace
    "OutboundProxyTarget" => OriginExchangeOnline, Strong;
    "Reason: [{LED=" => OriginExchangeOnline, Strong;
    "postfix/" => OriginPostfix, Strong;
    // (its smtp client's own sentences, without a log prefix: `Cannot start TLS: handshake
    // failure`, `TLS is required, but was not offered by host`; the Postfix/DNS verdict
    // that a name does not exist, `Name service error for name=x type=MX: Host not found`)
    "Cannot start TLS: handshake failure" => OriginPostfix, Strong;
    "TLS is required, but was not offered by host" => OriginPostfix, Strong;
    // `postqueue -j`: one JSON object a queued message, its recipients' `delay_reason`
    // the last failure; a message in the deferred queue waits for its next attempt
    "\"delay_reason\":" => OriginPostfix, Strong;
    "\"queue_name\": \"deferred\"" => Deferred, Medium;
    "\"queue_name\":\"deferred\"" => Deferred, Medium;
    "X-Postfix" => OriginPostfix, Strong;
    ", status=" => OriginPostfix, Strong;
    // (its verdict with the reason in brackets, pasted without the fields before it)
    "status=deferred (" => OriginPostfix, Strong;
    "status=bounced (" => OriginPostfix, Strong;
    "This is the mail system at host" => OriginPostfix, Strong;
    // (Postfix before 2.3 opened its bounce so.)
    "This is the Postfix program at host" => OriginPostfix, Strong;
    // (Postfix 1.x's returned message: a bounce unless its delay banner says otherwise)
    "the Postfix program at host" => Bounced, Weak;
    "delivery temporarily suspended:" => OriginPostfix, Strong;
    // Postfix's smtpd log of a refusal (`NOQUEUE: reject: RCPT from ...`) and its TLS
    // library's errors. (Not the refusal's own words, `User unknown in virtual mailbox
    // table`: other systems quote them as the remote server's reply.)
    "NOQUEUE: reject: " => OriginPostfix, Strong;
    "TLS library problem: " => OriginPostfix, Strong;
    "created automatically by mail delivery software" => OriginExim, Strong;
    "SMTP error from remote mail server" => OriginExim, Strong;
    // (its main log's note of a client that went away mid-session)
    "unexpected disconnection while reading SMTP command" => OriginExim, Strong;
    "TLS error on connection " => OriginExim, Strong;
    // (its appendfile transport's `mailbox is full (MTA-imposed quota exceeded while
    // writing to ...)`)
    "MTA-imposed quota exceeded" => OriginExim, Strong;
    // (its DANE attempt's note: `DANE attempt failed; TLS connection to mx [ip]: ...`)
    "DANE attempt failed; TLS connection to" => OriginExim, Strong;
    "retry time not reached" => OriginExim, Strong;
    // (an address and the one it was made from: `a@b (generated from c@b)`; Postfix says
    // `expanded from`)
    "(generated from " => OriginExim, Strong;
    " T=remote_smtp" => OriginExim, Strong;
    " R=dnslookup" => OriginExim, Strong;
    // (cPanel's router and transport names: `R=lookuphost`, `R=dkim_lookuphost
    // T=dkim_remote_smtp`)
    " R=lookuphost" => OriginExim, Strong;
    " R=dkim_lookuphost" => OriginExim, Strong;
    " T=dkim_remote_smtp" => OriginExim, Strong;
    // (a sender check that could not be finished: `sender verify defer for <a@b>: ...`)
    "sender verify defer for" => OriginExim, Strong;
    "X-Exim-" => OriginExim, Strong;
    "SMTP timeout while connected to" => OriginExim, Strong;
    // (Exim before 4.80: `SMTP error from remote mailer after RCPT TO:...`; its `-v`
    // delivery: `Connecting to mx.example [192.0.2.1]:25 ... failed: Connection refused`)
    "SMTP error from remote mailer" => OriginExim, Strong;
    " ... failed: " => OriginExim, Medium;
    "all relevant MX records point to non-existent hosts" => OriginExim, Strong;
    "TLS session: (" => OriginExim, Strong;
    // (its transport's deferral with Exim's own code or the socket's errno, `R=x T=y
    // defer (111): ...`, `defer (-53)`, as its message log writes it without the `==`
    // flag; its OpenSSL verify callback's words)
    " defer (-" => OriginExim, Medium;
    " defer (101)" => OriginExim, Medium;
    " defer (104)" => OriginExim, Medium;
    " defer (110)" => OriginExim, Medium;
    " defer (111)" => OriginExim, Medium;
    " defer (113)" => OriginExim, Medium;
    "SSL verify error: " => OriginExim, Medium;
    "The following address(es) failed:" => OriginExim, Strong;
    "TLS session failure: delivering unencrypted" => OriginExim, Strong;
    // Exim's ACL refusals of an incoming session (`F=<a@b> rejected RCPT <c@d>: ...`,
    // `temporarily rejected RCPT`)
    " rejected RCPT <" => OriginExim, Strong;
    // (Exim's client authenticator's failure: `plain authenticator failed H=...`)
    " authenticator failed H=" => OriginExim, Strong;
    " rejected MAIL <" => OriginExim, Strong;
    "temporarily rejected " => Deferred, Weak;
    "sendmail[" => OriginSendmail, Strong;
    // Sendmail's delay and final notices (savemail.c, its `Warning: could not send message
    // for past 4 hours` subject; `Message will be deleted from queue`)
    "Warning: could not send message for past" => OriginSendmail, Strong;
    "Returned mail: Cannot send message for" => OriginSendmail, Strong;
    "sm-mta[" => OriginSendmail, Strong;
    ", stat=" => OriginSendmail, Strong;
    // (its check rulesets' log field: `ruleset=check_mail, ..., reject=553 5.1.8 ...`)
    ", reject=" => OriginSendmail, Strong;
    // The queue listings' headers: Sendmail's `mailq` (`/var/spool/mqueue (2 requests)`),
    // Postfix's (`-Queue ID-  --Size-- ----Arrival Time----`)
    "/mqueue (" => OriginSendmail, Strong;
    // Sendmail's `Host unknown (Name server: example.com.: host not found)`; Postfix's
    // local and virtual agents (`maildir delivery failed: ...`)
    "(Name server: " => OriginSendmail, Strong;
    // Sendmail's own MX loop (`553 5.3.5 host config error: mail loops back to me (MX
    // problem?)`); Exim's local-host checks (`lowest numbered MX record points to local
    // host`, `lowest MX record for example.net points to local host`, `remote host address
    // is the local host`)
    "mail loops back to me (MX problem?)" => OriginSendmail, Strong;
    "points to local host" => OriginExim, Strong;
    "remote host address is the local host" => OriginExim, Strong;
    "maildir delivery failed: " => OriginPostfix, Strong;
    // Postfix's pipe(8) and local(8) (`Command died with status 127: "procmail ..."`), its
    // null MX refusal; qmail-local's unknown mailbox
    "Command died with status" => OriginPostfix, Strong;
    // (cleanup's refusal of a malformed message, logged without its reply, `4B2C83E0A1:
    // reject: mime-error improper use of 8-bit data in message header: ...`: the client
    // was answered 550 5.6.0)
    ": reject: mime-error " => Bounced, Medium;
    // (Postfix's pipe and local delivery print it only when they bounce: an exit status
    // of EX_TEMPFAIL is `temporary failure`, a signal `Command died with signal`; weak,
    // so that a log's own `status=deferred` still decides)
    "died with status" => Bounced, Weak;
    // (but not EX_TEMPFAIL, as other programs print it: `died with status 75`)
    "died with status 75" => Deferred, Medium;
    // (address verification: the probe's verdict, and Postfix's reply that quotes it;
    // weak: its status code says whether for now, `dsn=4.4.2`, or for good)
    "status=undeliverable" => Bounced, Weak;
    "Recipient address rejected: undeliverable address" => OriginPostfix, Strong;
    " does not accept mail (nullMX)" => OriginPostfix, Strong;
    "no mailbox here by that name. (#5.1.1)" => OriginQmail, Strong;
    "-Queue ID-" => OriginPostfix, Strong;
    "ctladdr=" => OriginSendmail, Strong;
    "----- Transcript of session follows" => OriginSendmail, Strong;
    "reply: read error from" => OriginSendmail, Strong;
    "stat=Deferred:" => OriginSendmail, Strong;
    "stat=Sent (" => OriginSendmail, Strong;
    "... Deferred:" => OriginSendmail, Strong;
    // (its parse and write failures, its resolver's timeout after the domain)
    "Transient parse error -- " => OriginSendmail, Strong;
    "timeout writing message to " => OriginSendmail, Strong;
    ": Name server timeout" => OriginSendmail, Medium;
    // (its queue listing's `(Deferred: Connection refused by mx.example.)`, its notices'
    // subjects, its map lookups and `during user open` of a connection)
    "(Deferred: Connection" => OriginSendmail, Strong;
    "host map: lookup (" => OriginSendmail, Strong;
    " during user open" => OriginSendmail, Strong;
    "Warning: message still undelivered after" => OriginSendmail, Strong;
    "The original message was received at" => OriginSendmail, Strong;
    " smtpd[" => OriginOpensmtpd, Strong;
    "smtp-out:" => OriginOpensmtpd, Strong;
    // (OpenSMTPD's log of a refused command, before 6.6: `smtp-in: Failed command on
    // session 0123456789abcdef: "RCPT TO:<a@b>" => 451 ...`)
    "Failed command on session" => OriginOpensmtpd, Strong;
    "only a temporary failure report" => OriginOpensmtpd, Strong;
    // (its older notice: `You ran into a TEMPORARY FAILURE`)
    "You ran into a TEMPORARY FAILURE" => OriginOpensmtpd, Strong;
    "result=\"" => OriginOpensmtpd, Strong;
    // (OpenSMTPD before 6.x: `relay: TempFail for <evpid>: ...`, `evpid=`)
    "evpid=" => OriginOpensmtpd, Strong;
    // (`smtpctl show envelope`: the last error's field)
    "errorline: " => OriginOpensmtpd, Strong;
    "relay: TempFail for" => OriginOpensmtpd, Strong;
    "relay: PermFail for" => OriginOpensmtpd, Strong;
    "while attempting to deliver a message for the following" => OriginOpensmtpd, Strong;
    // (its notice's first lines, which break before `the following`)
    "This is the MAILER-DAEMON, please DO NOT REPLY to this" => OriginOpensmtpd, Strong;
    "An error has occurred while attempting to deliver a message for" => OriginOpensmtpd, Strong;
    "Network error on destination MXs" => OriginOpensmtpd, Strong;
    "mta error reason=" => OriginOpensmtpd, Strong;
    "delivery: Ok for " => OriginOpensmtpd, Strong;
    // (OpenSMTPD's delay notice: `A message is delayed for more than 4 hours for the
    // following list of recipients`)
    "A message is delayed for more than" => OriginOpensmtpd, Strong;
    "message is delayed for more than" => Delayed, Medium;
    // (and its older delay notice, under the bounce's own opening lines: `Delivery of this
    // message has been delayed, we will keep trying for 4 days.`)
    "has been delayed, we will keep trying" => Delayed, Strong;
    "qmail-" => OriginQmail, Strong;
    // (qmail-local's count of what it did: forwards, programs, mailboxes)
    "success: did_" => OriginQmail, Strong;
    // The words of qmail-remote and qmail-local as qmail-send's log writes them (`_` for a
    // space): the text is read decoded
    "Remote_host_said:" => QmailEncoded, Strong;
    "_does_not_like_recipient" => QmailEncoded, Strong;
    "Giving_up_on_" => QmailEncoded, Strong;
    "Connected_to_" => QmailEncoded, Strong;
    "Sorry,_I_" => QmailEncoded, Strong;
    "Sorry,_no_mailbox" => QmailEncoded, Strong;
    "_failed_on_DATA_command" => QmailEncoded, Strong;
    "_failed_after_I_sent_the_message" => QmailEncoded, Strong;
    "_lookup_failed_temporarily" => QmailEncoded, Strong;
    "_accepted_message." => QmailEncoded, Strong;
    // (qmail-remote's TLS patch: `TLS connect failed: ...`, `TLS unable to verify server
    // with control/tlshosts/X.pem: certificate has expired`, `TLS connection to A wanted,
    // certificate for B received`, `No TLS achieved while control/tlshosts/X.pem exists`)
    "TLS_connect_failed" => QmailEncoded, Strong;
    "TLS_unable_to_verify_server" => QmailEncoded, Strong;
    "_wanted,_certificate_for_" => QmailEncoded, Strong;
    "No_TLS_achieved_while" => QmailEncoded, Strong;
    "TLS connect failed" => TlsFailed, Medium;
    "TLS unable to verify server" => CertInvalid, Medium;
    " wanted, certificate for " => CertMismatch, Medium;
    "No TLS achieved while" => TlsNotOffered, Medium;
    "._(#" => QmailEncoded, Strong;
    // A run of blanks before a word (a folded field, `...does\n    not exist`, as Python's
    // `email` unfolds a DSN's Diagnostic-Code; a pasted NDR; a padded column): the text is
    // read with each run of blanks and line breaks as one space, since the wordings are
    // written with one. (Before a digit, as in syslog's `Mar  4`, nothing is parted.)
    "  a" => LooseWhitespace, Strong; "  b" => LooseWhitespace, Strong; "  c" => LooseWhitespace, Strong; "  d" => LooseWhitespace, Strong; "  e" => LooseWhitespace, Strong; "  f" => LooseWhitespace, Strong; "  g" => LooseWhitespace, Strong; "  h" => LooseWhitespace, Strong; "  i" => LooseWhitespace, Strong;
    "  j" => LooseWhitespace, Strong; "  k" => LooseWhitespace, Strong; "  l" => LooseWhitespace, Strong; "  m" => LooseWhitespace, Strong; "  n" => LooseWhitespace, Strong; "  o" => LooseWhitespace, Strong; "  p" => LooseWhitespace, Strong; "  q" => LooseWhitespace, Strong; "  r" => LooseWhitespace, Strong;
    "  s" => LooseWhitespace, Strong; "  t" => LooseWhitespace, Strong; "  u" => LooseWhitespace, Strong; "  v" => LooseWhitespace, Strong; "  w" => LooseWhitespace, Strong; "  x" => LooseWhitespace, Strong; "  y" => LooseWhitespace, Strong; "  z" => LooseWhitespace, Strong; "  (" => LooseWhitespace, Strong;
    // qmail-remote's own words around the remote reply it quotes
    "Remote host said:" => OriginQmail, Strong;
    "does not like recipient" => OriginQmail, Strong;
    "I wasn't able to establish an SMTP connection" => OriginQmail, Strong;
    "this message has been in the queue too long" => OriginQmail, Strong;
    "I couldn't find any host named" => OriginQmail, Strong;
    "I couldn't find any host by that name" => OriginQmail, Strong;
    // (`Connected to IP but connection died. Possible duplicate! (#4.4.2)`, with the TLS
    // patch an OpenSSL error before the code)
    "but connection died. " => OriginQmail, Strong;
    "CNAME lookup failed temporarily" => OriginQmail, Strong;
    "it isn't in my control/locals file" => OriginQmail, Strong;
    // (qmail-remote's TLS patch: its control files, its verification failures)
    "control/tlshosts/" => OriginQmail, Strong;
    "TLS unable to verify" => OriginQmail, Strong;
    "Google tried to deliver" => OriginGmail, Strong;
    "Delivery to the following recipient failed permanently" => OriginGmail, Strong;
    // (its final notice, whatever the last attempt's `TEMP_FAILURE:` said)
    "recipient failed permanently" => Bounced, Strong;
    "The response from the remote server was" => OriginGmail, Strong;
    "There was a problem delivering your message to" => OriginGmail, Strong;
    "did not accept our requests to connect" => OriginGmail, Strong;
    // (its notice that no connection was made; a specific error after it decides)
    "did not accept our requests to connect." => CannotConnect, Weak;
    "DNS type 'mx' lookup of" => OriginGmail, Strong;
    // Other systems' own words, whose `host[ip]` is not Postfix's: ZoneMTA, Postal
    "Network error when connecting to MX server" => OriginOther, Strong;
    "No SMTP servers were available for" => OriginOther, Strong;
    // (Postal's words are also the failure: no server of the domain took the connection)
    "SMTP servers were available for" => CannotConnect, Weak;
    // dma, DragonFly's mail agent (`dma[1fc69.12255c0]: remote delivery deferred: DNS
    // lookup failure: host mx.example.net not found`)
    "dma[" => OriginOther, Strong;
    // (Notices that copy another system's template: ZoneMTA's status part names its
    // queue, under Gmail's first sentence; 1&1's frames the remote reply its own way under
    // Exim's, `SMTP error from remote server for RCPT TO command, host: x (ip) reason:`)
    "X-ZoneMTA-" => OriginCopier, Strong;
    "SMTP error from remote server for " => OriginCopier, Strong;
    // (Zoho Mail's notice, under Exim's first sentence too: its status part's own host)
    "Reporting-MTA: dns; mx.zohomail.com" => OriginCopier, Strong;
    "DNS lookup failure: host " => DnsFailed, Medium;
    "remote delivery deferred: " => Deferred, Medium;
    "remote delivery failed: " => Bounced, Medium;
    "googlemail.com" => OriginGmail, Strong;
    "PERM_FAILURE:" => OriginGmail, Strong;
    "TEMP_FAILURE:" => OriginGmail, Strong;
    "amazonses.com" => OriginAmazonSes, Strong;
    // (Their replies, as an application's log or another system quotes them: Gmail's
    // closing `- gsmtp`; Amazon SES's `554 Message rejected: Email address is not
    // verified. The following identities failed the check in region ...`, `454 Throttling
    // failure: ...`)
    " - gsmtp" => OriginGmail, Medium;
    "identities failed the check in region" => OriginAmazonSes, Medium;
    "Throttling failure: " => OriginAmazonSes, Medium;
    "Amazon SES" => OriginAmazonSes, Strong;
    // (its SMTP endpoint's greeting, `220 email-smtp.amazonaws.com ESMTP
    // SimpleEmailService-d-...`, as a client's transcript quotes it)
    "SimpleEmailService" => OriginAmazonSes, Weak;
    "email provider sent a bounce message" => OriginAmazonSes, Strong;
    // (SES's expiry of a message it could not deliver)
    "Message expired: unable to deliver in" => OriginAmazonSes, Strong;
    // (an address on the suppression list is not sent to)
    "has suppressed sending to this address" => Bounced, Medium;
    "on the suppression list" => Bounced, Medium;
    // SendGrid's deferral event
    "was deferred due to" => Deferred, Medium;
    // Delivery services' JSON events, one to a line: their own verdict field (Mailgun's
    // `"severity": "temporary"`, SendGrid's and Brevo's `"event": "deferred"`), which
    // outweighs the reply they quote as a log's status= field does
    "\"severity\": \"temporary\"" => Deferred, Medium;
    "\"severity\":\"temporary\"" => Deferred, Medium;
    "\"severity\": \"permanent\"" => Bounced, Medium;
    "\"severity\":\"permanent\"" => Bounced, Medium;
    "\"event\": \"deferred\"" => Deferred, Medium;
    "\"event\":\"deferred\"" => Deferred, Medium;
    // (more of the services' verdicts: Mailgun's and SendGrid's `dropped` (not sent, for
    // good), Mailgun's `"reason": "hardfail"`, Brevo's `soft_bounce` and `blocked`,
    // Mailjet's `"hard_bounce": true|false`, MailerSend's `activity.hard_bounced` and
    // `soft_bounced`, Sweego's and others' `hard_bounce` event)
    "\"event\": \"dropped\"" => Bounced, Medium;
    "\"event\":\"dropped\"" => Bounced, Medium;
    "\"reason\": \"hardfail\"" => Bounced, Medium;
    "\"reason\":\"hardfail\"" => Bounced, Medium;
    "\"event\": \"soft_bounce\"" => Deferred, Medium;
    "\"event\":\"soft_bounce\"" => Deferred, Medium;
    "\"event\": \"blocked\"" => Bounced, Medium;
    "\"event\":\"blocked\"" => Bounced, Medium;
    "\"hard_bounce\": true" => Bounced, Medium;
    "\"hard_bounce\":true" => Bounced, Medium;
    "\"hard_bounce\": false" => Deferred, Medium;
    "\"hard_bounce\":false" => Deferred, Medium;
    "\"activity.hard_bounced\"" => Bounced, Medium;
    "\"activity.soft_bounced\"" => Deferred, Medium;
    "\": \"hard_bounce\"" => Bounced, Medium;
    "\":\"hard_bounce\"" => Bounced, Medium;
    // (audit 87) More of the services' events: Amazon SES's notifications and event
    // publishing (their own keys mark SES's JSON, whoever stores it: `"bounceSubType"`,
    // `"bouncedRecipients"`, `"delayType"`, an SES ARN), its `DeliveryDelay` and `Reject`
    // events; Mailgun's `rejected` (never sent); SparkPost's `bounce`, `out_of_band` and
    // `delay`; Resend's `email.delivery_delayed` and `email.bounced`; a status field that
    // says `Delivered` (Azure Communication Services' delivery report, Microsoft 365's
    // message trace as JSON; not `failed`, which any job runner's JSON says of one try)
    "\"bounceSubType\"" => OriginAmazonSes, Strong;
    "\"bouncedRecipients\"" => OriginAmazonSes, Strong;
    "\"delayType\"" => OriginAmazonSes, Strong;
    "\"delayedRecipients\"" => OriginAmazonSes, Strong;
    "arn:aws:ses:" => OriginAmazonSes, Strong;
    "\"DeliveryDelay\"" => Delayed, Medium;
    "\"eventType\": \"Reject\"" => Bounced, Medium;
    "\"eventType\":\"Reject\"" => Bounced, Medium;
    "\"notificationType\": \"Reject\"" => Bounced, Medium;
    "\"notificationType\":\"Reject\"" => Bounced, Medium;
    "\"event\": \"rejected\"" => Bounced, Medium;
    "\"event\":\"rejected\"" => Bounced, Medium;
    "\"type\": \"bounce\"" => Bounced, Weak;
    "\"type\":\"bounce\"" => Bounced, Weak;
    "\"type\": \"out_of_band\"" => Bounced, Medium;
    "\"type\":\"out_of_band\"" => Bounced, Medium;
    "\"type\": \"delay\"" => Delayed, Weak;
    "\"type\":\"delay\"" => Delayed, Weak;
    "\"email.delivery_delayed\"" => Delayed, Medium;
    "\"email.bounced\"" => Bounced, Medium;
    "\"status\": \"Delivered\"" => Sent, Weak;
    "\"status\":\"Delivered\"" => Sent, Weak;
    // Microsoft 365's message trace exported as CSV (`Get-MessageTrace | Export-Csv`, the
    // admin centre's download): its status column, quoted
    "\",\"Delivered\",\"" => Sent, Weak;
    "\",\"Failed\",\"" => Bounced, Weak;
    "\",\"Pending\",\"" => Deferred, Weak;
    // (The bare status values are everyday JSON, `"status":"failed"` of a job that failed
    // once: weak, they give the severity only of a text that states nothing else, and
    // make no expiry of a quoted 4xx.)
    // (audit 92) Azure Communication Services' `Bounced` and `Suppressed` (never sent);
    // Postal's webhook events and its delivery details; AhaSend's transient error
    "\"status\": \"Bounced\"" => Bounced, Weak;
    "\"status\":\"Bounced\"" => Bounced, Weak;
    "\"status\": \"Suppressed\"" => Bounced, Weak;
    "\"status\":\"Suppressed\"" => Bounced, Weak;
    "\"event\": \"MessageDelayed\"" => Delayed, Medium;
    "\"event\":\"MessageDelayed\"" => Delayed, Medium;
    "\"event\": \"MessageDeliveryFailed\"" => Bounced, Medium;
    "\"event\":\"MessageDeliveryFailed\"" => Bounced, Medium;
    "\"event\": \"MessageSent\"" => Sent, Medium;
    "\"event\":\"MessageSent\"" => Sent, Medium;
    "\"status\": \"SoftFail\"" => Deferred, Weak;
    "\"status\":\"SoftFail\"" => Deferred, Weak;
    "\"status\": \"HardFail\"" => Bounced, Weak;
    "\"status\":\"HardFail\"" => Bounced, Weak;
    "Permanent SMTP delivery error when sending to" => Bounced, Medium;
    "Temporary SMTP delivery error when sending to" => Deferred, Medium;
    "\"message.transient_error\"" => Deferred, Medium;
    "\"message.bounced\"" => Bounced, Medium;
    // Ruby's resolver (`Resolv::ResolvTimeout`), as Postal logs it
    "DNS resolv timeout" => DnsFailed, Medium;
    // Exchange's front-end proxy: an SSPI status of a failed TLS handshake
    "Security status InvalidToken" => TlsFailed, Medium;
    "Security status IllegalMessage" => TlsFailed, Medium;
    "Security status AlgorithmMismatch" => TlsFailed, Medium;
    // Postmark's description of a hard bounce
    "The server was unable to deliver your message (ex: unknown user" => Bounced, Medium;
    // Ruby's OpenSSL binding (Postal, Rails' mailers): the handshake's system call failed
    "SSL_connect SYSCALL returned=" => TlsFailed, Medium;
    // Localised notices (German, Russian, Chinese): a message that was not delivered, and
    // the connection failures in the words of Exchange's localised texts and of Coremail.
    "unzustellbar" => Bounced, Weak;
    "konnte nicht zugestellt werden" => Bounced, Weak;
    "kann nicht zugestellt werden" => Bounced, Weak;
    "zugestellt, weil die" => Bounced, Weak;
    "zustellung an folgende empfänger" => Bounced, Weak;
    "сообщение не доставлено" => Bounced, Weak;
    "может быть доставлено" => Bounced, Weak;
    "удалось выполнить доставку" => Bounced, Weak;
    "недоставленное сообщение" => Bounced, Weak;
    "邮件被退回" => Bounced, Weak;
    "系统退信" => Bounced, Weak;
    // (a hoster's notice tagged `[退信]`, "returned"; not `将退信`, "will return")
    "[退信]" => Bounced, Medium;
    "邮件无法送达" => Bounced, Weak;
    "dns-abfragefehler" => DnsFailed, Medium;
    "timeout bei der verbindung" => TimedOut, Medium;
    "verbindung abgelehnt" => Refused, Medium;
    "fehler beim herstellen der verbindung" => CannotConnect, Medium;
    "verbindung wurde plötzlich geschlossen" => Dropped, Medium;
    "zertifikatüberprüfungsfehler" => CertInvalid, Medium;
    "бой запроса dns" => DnsFailed, Medium;
    "ожидания подключения истекло" => TimedOut, Medium;
    "подключении отказано" => Refused, Medium;
    "удается подключиться к удаленному серверу" => CannotConnect, Medium;
    "было внезапно прервано" => Dropped, Medium;
    "удалось проверить сертификат" => CertInvalid, Medium;
    "dns 查询失败" => DnsFailed, Medium;
    "连接超时" => TimedOut, Medium;
    "连接被拒绝" => Refused, Medium;
    "连接拒绝" => Refused, Medium;
    "无法连接到远程服务器" => CannotConnect, Medium;
    "无法连接上对方服务器" => ConnectFailed, Medium;
    "无法与收信方联络上" => ConnectFailed, Medium;
    "证书验证失败" => CertInvalid, Medium;
    // Windows' socket errors 10061 and 10060 in its localised words (the .NET and Winsock
    // messages an application logs on a German, French, Spanish, Portuguese, Italian,
    // Russian, Chinese or Japanese system)
    "da der Zielcomputer die Verbindung verweigerte" => Refused, Medium;
    "Verbindungsversuch ist fehlgeschlagen, da die Gegenstelle" => TimedOut, Medium;
    "expressément refusée" => Refused, Medium;
    "car le parti connecté n" => TimedOut, Medium;
    "denegó expresamente dicha conexión" => Refused, Medium;
    "ya que la parte conectada no respondió adecuadamente" => TimedOut, Medium;
    "a máquina de destino as recusou ativamente" => Refused, Medium;
    "o componente conectado não respondeu corretamente" => TimedOut, Medium;
    "Rifiuto persistente del computer di destinazione" => Refused, Medium;
    "Risposta non corretta della parte connessa" => TimedOut, Medium;
    "конечный компьютер отверг запрос на подключение" => Refused, Medium;
    "Попытка установить соединение была безуспешной" => TimedOut, Medium;
    "由于目标计算机积极拒绝" => Refused, Medium;
    "由于连接方在一段时间后没有正确答复" => TimedOut, Medium;
    "対象のコンピューターによって拒否されたため" => Refused, Medium;
    "一定の時間を過ぎても正しく応答しなかったため" => TimedOut, Medium;
    // (Polish, Dutch, Turkish 10061 and 10060; the German 10060 as .NET Core words it)
    "komputer docelowy aktywnie go odmawia" => Refused, Medium;
    "doelcomputer de verbinding actief heeft geweigerd" => Refused, Medium;
    "Hedef makine etkin olarak reddettiğinden" => Refused, Medium;
    "ponieważ połączona strona nie odpowiedziała" => TimedOut, Medium;
    "weil die Gegenstelle nach einer bestimmten Zeitspanne" => TimedOut, Medium;
    "da die verbundene Partei nicht ordnungsgemäß geantwortet hat" => TimedOut, Medium;
    // 10054, a connection the peer reset, in Windows' Spanish, Portuguese, Italian, French,
    // German, Polish, Dutch and Russian words
    "forzado la interrupción de una conexión existente" => Reset, Medium;
    "o cancelamento de uma conexão existente pelo host remoto" => Reset, Medium;
    "foi forçada a fechar pelo anfitrião remoto" => Reset, Medium;
    "interrotta forzatamente dall'host remoto" => Reset, Medium;
    "connexion existante a dû être fermée par l" => Reset, Medium;
    "vorhandene Verbindung wurde vom Remotehost geschlossen" => Reset, Medium;
    "połączenie zostało gwałtownie zamknięte" => Reset, Medium;
    "bestaande verbinding is geforceerd verbroken" => Reset, Medium;
    "принудительно разорвал существующее подключение" => Reset, Medium;
    // The C library's own texts of the socket and resolver errors in the other languages
    // it speaks (glibc's message catalogues, as strerror and gai_strerror print them under
    // a localised LANG: PHP's `Conexión rehusada (111)`, Python's `[Errno 111] Connexion
    // refusée`, Postfix's `connect to ...: Verbindungsaufbau abgelehnt`): refused, timed
    // out, no route to the host, network unreachable, reset by the peer, a name lookup
    // that failed for now, a name not known; in Spanish, German, French, Portuguese
    // (Brazil's and Portugal's), Italian, Russian, Chinese (glibc 2.39's new wordings
    // too), Japanese, Korean, Polish, Dutch, Turkish, Czech, Ukrainian and Swedish
    "Conexión rehusada" => Refused, Medium;
    "Expiró el tiempo de conexión" => TimedOut, Medium;
    "No existe ninguna ruta hasta el `host'" => Unreachable, Medium;
    "La red es inaccesible" => Unreachable, Medium;
    "Conexión reinicializada por la máquina remota" => Reset, Medium;
    "Fallo temporal en la resolución del nombre" => DnsFailed, Medium;
    "Nombre o servicio desconocido" => DomainNotFound, Medium;
    "Verbindungsaufbau abgelehnt" => Refused, Medium;
    "Die Wartezeit für die Verbindung ist abgelaufen" => TimedOut, Medium;
    "Keine Route zum Zielrechner" => Unreachable, Medium;
    "Das Netzwerk ist nicht erreichbar" => Unreachable, Medium;
    "Die Verbindung wurde vom Kommunikationspartner zurückgesetzt" => Reset, Medium;
    "Temporärer Fehler bei der Namensauflösung" => DnsFailed, Medium;
    "Der Name oder der Dienst ist nicht bekannt" => DomainNotFound, Medium;
    // (glibc's German catalogue before 2.34)
    "Name oder Dienst nicht bekannt" => DomainNotFound, Medium;
    "Connexion refusée" => Refused, Medium;
    "Connexion terminée par expiration du délai d'attente" => TimedOut, Medium;
    "Aucun chemin d'accès pour atteindre l'hôte cible" => Unreachable, Medium;
    "Le réseau n'est pas accessible" => Unreachable, Medium;
    "Connexion ré-initialisée par le correspondant" => Reset, Medium;
    "temporaire dans la résolution du nom" => DnsFailed, Medium;
    "Nom ou service inconnu" => DomainNotFound, Medium;
    "Conexão recusada" => Refused, Medium;
    "Tempo esgotado para conexão" => TimedOut, Medium;
    "Não há rota para o host" => Unreachable, Medium;
    "A rede está fora de alcance" => Unreachable, Medium;
    "Conexão fechada pela outra ponta" => Reset, Medium;
    "Falha temporário na resolução de nome" => DnsFailed, Medium;
    "Nome ou serviço desconhecido" => DomainNotFound, Medium;
    "Ligação recusada" => Refused, Medium;
    "Sem caminho para o anfitrião" => Unreachable, Medium;
    "Rede inacessível" => Unreachable, Medium;
    "Ligação reposta pelo peer" => Reset, Medium;
    "Falha temporária na resolução de nome" => DnsFailed, Medium;
    "Nome ou serviço desconhecidos" => DomainNotFound, Medium;
    "Connessione rifiutata" => Refused, Medium;
    "Connessione scaduta" => TimedOut, Medium;
    "Nessun instradamento per l'host" => Unreachable, Medium;
    "La rete non è raggiungibile" => Unreachable, Medium;
    "Connessione interrotta dal corrispondente" => Reset, Medium;
    "Errore temporaneo nella risoluzione del nome" => DnsFailed, Medium;
    "Nome o servizio sconosciuto" => DomainNotFound, Medium;
    "Время ожидания соединения истекло" => TimedOut, Medium;
    "Нет маршрута до узла" => Unreachable, Medium;
    "Сеть недоступна" => Unreachable, Medium;
    "Соединение разорвано другой стороной" => Reset, Medium;
    "Временный сбой в разрешении имен" => DnsFailed, Medium;
    "Неизвестное имя или служба" => DomainNotFound, Medium;
    "拒绝连接" => Refused, Medium;
    "没有到主机的路由" => Unreachable, Medium;
    "网络不可达" => Unreachable, Medium;
    "连接被对方重设" => Reset, Medium;
    "域名解析暂时失败" => DnsFailed, Medium;
    "未知的名称或服务" => DomainNotFound, Medium;
    "连接被对方重置" => Reset, Medium;
    "域名解析出现暂时性错误" => DnsFailed, Medium;
    "連線被拒絕" => Refused, Medium;
    "連線超過時間" => TimedOut, Medium;
    "找不到通往該主機的路由路徑" => Unreachable, Medium;
    "無法接觸網路" => Unreachable, Medium;
    "連線被對方重設" => Reset, Medium;
    "解析名稱時發生暫時性錯誤" => DnsFailed, Medium;
    "名稱或服務未知" => DomainNotFound, Medium;
    "接続を拒否されました" => Refused, Medium;
    "接続がタイムアウトしました" => TimedOut, Medium;
    "ホストへの経路がありません" => Unreachable, Medium;
    "ネットワークに届きません" => Unreachable, Medium;
    "接続が相手からリセットされました" => Reset, Medium;
    "名前解決に一時的に失敗しました" => DnsFailed, Medium;
    "名前またはサービスが不明です" => DomainNotFound, Medium;
    "연결이 거부됨" => Refused, Medium;
    "연결 시간 초과" => TimedOut, Medium;
    "호스트로 갈 루트가 없음" => Unreachable, Medium;
    "네트워크가 접근 불가능합니다" => Unreachable, Medium;
    "상대편이 연결을 끊음" => Reset, Medium;
    "name resolution에서 일시적인 실패" => DnsFailed, Medium;
    "이름 혹은 서비스를 알 수 없습니다" => DomainNotFound, Medium;
    "Połączenie odrzucone" => Refused, Medium;
    "Przekroczony czas oczekiwania na połączenie" => TimedOut, Medium;
    "Brak trasy do hosta" => Unreachable, Medium;
    "Sieć jest niedostępna" => Unreachable, Medium;
    "Połączenie zerwane przez drugą stronę" => Reset, Medium;
    "Odwzorowanie nazwy jest chwilowo niemożliwe" => DnsFailed, Medium;
    "Ta nazwa lub usługa jest nieznana" => DomainNotFound, Medium;
    "Verbinding is geweigerd" => Refused, Medium;
    "Verbinding is verlopen" => TimedOut, Medium;
    "Geen route naar host" => Unreachable, Medium;
    "Netwerk is onbereikbaar" => Unreachable, Medium;
    "Verbinding is weggevallen" => Reset, Medium;
    "Tijdelijk probleem in naamsherleiding" => DnsFailed, Medium;
    "Naam of dienst is niet bekend" => DomainNotFound, Medium;
    "Bağlantı reddedildi" => Refused, Medium;
    "Bağlantıda zaman aşımı" => TimedOut, Medium;
    "Makinaya ağ üzerinden yol yok" => Unreachable, Medium;
    "Ağ erişilebilir durumda değil" => Unreachable, Medium;
    "Bağlantı karşıdan kesildi" => Reset, Medium;
    "çözünürlüğünde geçici başarısızlık" => DnsFailed, Medium;
    "ya da servis bilinmiyor" => DomainNotFound, Medium;
    "Spojení odmítnuto" => Refused, Medium;
    "Spojení bylo příliš dlouho neaktivní" => TimedOut, Medium;
    "K počítači neexistuje cesta" => Unreachable, Medium;
    "Síť není dostupná" => Unreachable, Medium;
    "Spojení zrušeno druhou stranou" => Reset, Medium;
    "Dočasná chyba při vyhodnocování jména" => DnsFailed, Medium;
    "Neznámé jméno nebo služba" => DomainNotFound, Medium;
    "У з'єднанні відмовлено" => Refused, Medium;
    "Перевищено інтервал очікування з'єднання" => TimedOut, Medium;
    "Немає маршруту до вузла" => Unreachable, Medium;
    "Не вдалося отримати доступ до мережі" => Unreachable, Medium;
    "Вузол розірвав з’єднання" => Reset, Medium;
    "Тимчасова помилка розв'язання назв" => DnsFailed, Medium;
    "Невідома назва чи сервіс" => DomainNotFound, Medium;
    "Förbindelsen förvägrad" => Refused, Medium;
    "Förbindelsens tidsgräns löpte ut" => TimedOut, Medium;
    "Ingen väg till värd" => Unreachable, Medium;
    "Nätverket kan inte nås" => Unreachable, Medium;
    "Förbindelse borttagen av partnern" => Reset, Medium;
    "Namnuppslagning misslyckades temporärt" => DnsFailed, Medium;
    "Namn eller tjänst okänd" => DomainNotFound, Medium;
    // 11001 in Portuguese (`Este host não é conhecido.`)
    "host não é conhecido" => DomainNotFound, Medium;
    // (Hungarian and Ukrainian: 10061, 10054 in its two wordings, 11001)
    "mert a célszámítógép már visszautasította a kapcsolatot" => Refused, Medium;
    "távoli állomás kényszerítetten" => Reset, Medium;
    "nincs ilyen ismert állomás" => DomainNotFound, Medium;
    "кінцевий комп'ютер відкинув запит на підключення" => Refused, Medium;
    // (Korean; 10054, a reset connection, and 11001, no such host, in Chinese, Japanese and
    // Korean; .NET's words around them)
    "대상 컴퓨터에서 연결을 거부했으므로" => Refused, Medium;
    "연결된 구성원으로부터 응답이 없어" => TimedOut, Medium;
    "远程主机强迫关闭了一个现有的连接" => Reset, Medium;
    "既存の接続はリモート ホストに強制的に切断されました" => Reset, Medium;
    "현재 연결은 원격 호스트에 의해 강제로 끊겼습니다" => Reset, Medium;
    "不知道这样的主机" => DomainNotFound, Medium;
    "そのようなホストは不明です" => DomainNotFound, Medium;
    "알려진 호스트가 없습니다" => DomainNotFound, Medium;
    "无法从传输连接中读取数据" => Dropped, Medium;
    "転送接続からデータを読み取れません" => Dropped, Medium;
    "원격 서버에 연결할 수 없습니다" => CannotConnect, Medium;
    "リモート サーバーに接続できません" => CannotConnect, Medium;
    // .NET's certificate errors (zh, ja, ko): the remote certificate is invalid; the chain
    // was issued by an authority that is not trusted; the server offers no secure connection
    "远程证书无效" => CertInvalid, Medium;
    "リモート証明書は無効です" => CertInvalid, Medium;
    "원격 인증서가 잘못되었습니다" => CertInvalid, Medium;
    "证书链是由不受信任的颁发机构颁发的" => CertUntrusted, Medium;
    // (.NET's "Could not establish trust relationship for the SSL/TLS secure channel",
    // in Chinese)
    "未能为 SSL/TLS 安全通道建立信任关系" => CertUntrusted, Medium;
    "信頼されていない機関によって証明書チェーンが発行されました" => CertUntrusted, Medium;
    "服务器不支持安全连接" => TlsNotOffered, Medium;
    // Mail clients' and libraries' errors in Chinese, Japanese and Korean, where their
    // English words are known: NSS's certificate errors (Thunderbird), mutt's, Evolution's
    // and GIO's, Sylpheed's and Claws Mail's, Qt's socket and certificate errors, .NET's,
    // Outlook's (their programs' translation catalogues)
    "证书已过期" => CertExpired, Medium;
    "憑證已過期" => CertExpired, Medium;
    "憑證過期" => CertExpired, Medium;
    "証明書の有効期限が切れています" => CertExpired, Medium;
    "서버 인증서가 만기됨" => CertExpired, Medium;
    "请求的域名与服务器的证书不匹配" => CertMismatch, Medium;
    "证书所有者与主机名" => CertMismatch, Medium;
    "証明書所有者がホスト名に一致しない" => CertMismatch, Medium;
    "証明書が予期した取得サイトの識別情報と一致しません" => CertMismatch, Medium;
    "지정한 유효한 호스트 중 아무 것도 일치하지 않음" => CertMismatch, Medium;
    "对等端的证书颁发者不受认可" => CertUntrusted, Medium;
    "피어의 인증서 발급자가 인식되지 않습니다" => CertUntrusted, Medium;
    "簽署的憑證授權中心不明" => CertUntrusted, Medium;
    "无法找到本地查找证书的颁发者证书" => CertUntrusted, Medium;
    "因為憑證是自己簽署的憑證" => CertNotTrusted, Medium;
    "자체 서명된 인증서이므로" => CertNotTrusted, Medium;
    "证书是自签名的" => CertNotTrusted, Medium;
    "サーバの証明書はまだ有効でない" => CertInvalid, Medium;
    "无法接受的 TLS 证书" => CertInvalid, Medium;
    "不接受的 TLS 憑證" => CertInvalid, Medium;
    "无法找到主机" => DomainNotFound, Medium;
    "找不到主機" => DomainNotFound, Medium;
    "호스트를 찾을 수 없음" => DomainNotFound, Medium;
    "主机未找到" => DomainNotFound, Medium;
    "SMTPサーバが見つかりません" => DomainNotFound, Medium;
    "SMTP服务器未找到" => DomainNotFound, Medium;
    "호스트이름과 대응되는 주소가 없음" => DnsNoRecords, Medium;
    "リモート名を解決できませんでした" => DnsFailed, Medium;
    "未能解析此远程名称" => DnsFailed, Medium;
    "的连接已关闭" => Dropped, Weak;
    "への接続を終了した" => Dropped, Medium;
    "의 접속이 끊어짐" => Dropped, Medium;
    "SMTP セッション失敗" => Dropped, Medium;
    "SMTP 会话失败" => Dropped, Medium;
    "TLS コネクションが突然閉じら" => Dropped, Medium;
    "リモートホストによって接続を切断されました" => Dropped, Medium;
    "远程主机关闭了连接" => Dropped, Medium;
    "遠端伺服器關閉連線" => Dropped, Medium;
    "远端主机关闭了这个连接" => Dropped, Medium;
    "リモートホストは接続を閉じました" => Dropped, Medium;
    "与服务器的连接意外中断" => Dropped, Medium;
    "ソフトウェアが接続を中断しました" => Dropped, Medium;
    "由于远程方已关闭传输流" => TlsFailed, Medium;
    "リモート パーティがトランスポート ストリームを終了した" => TlsFailed, Medium;
    "への接続がタイムアウトした" => TimedOut, Medium;
    "的连接已超时" => TimedOut, Medium;
    "操作已超时" => TimedOut, Medium;
    "操作がタイムアウトしました" => TimedOut, Medium;
    "サーバーからの応答待ちでタイムアウト" => TimedOut, Medium;
    "套接字 I/O 超时" => TimedOut, Medium;
    "소켓 작업 시간 초과됨" => TimedOut, Medium;
    "セッションがタイムアウトしました" => SessionTimedOut, Medium;
    "接続が拒否されました" => Refused, Medium;
    "に接続できません" => CannotConnect, Weak;
    "無法連線到 SMTP 伺服器" => CannotConnect, Weak;
    "無法連線到 SMTP 主機" => CannotConnect, Weak;
    "SMTP接続に失敗しました" => CannotConnect, Weak;
    "无法连接到服务器" => CannotConnect, Weak;
    "找不到服务器" => DomainNotFound, Weak;
    // (and in German and French)
    "Das Remotezertifikat ist laut Validierungsverfahren ungültig" => CertInvalid, Medium;
    "pas valide selon la procédure de validation" => CertInvalid, Medium;
    "konnte keine Vertrauensstellung hergestellt werden" => CertUntrusted, Medium;
    // Exchange's localised NDR layout (German, Russian, Chinese)
    "diagnoseinformationen für administratoren" => OriginExchangeServer, Strong;
    "Remoteserver hat" => OriginExchangeServer, Strong;
    "удаленный сервер возвратил" => OriginExchangeServer, Strong;
    "generierender server:" => OriginExchangeServer, Strong;
    "сведения для администраторов" => OriginExchangeServer, Strong;
    "формирующий сервер:" => OriginExchangeServer, Strong;
    "管理员诊断信息" => OriginExchangeServer, Strong;
    // (audit 88) Newer MTAs' own words. chasquid's delivery log (`to=... failed
    // (temporary): all MXs returned transient failures (last: ...)`) and its failure
    // notice after the queue gave up (`failed repeatedly and timed out, last error:`)
    "failed (temporary): " => Deferred, Medium;
    "failed (permanent): " => Bounced, Medium;
    "failed repeatedly and timed out" => Expired, Medium;
    // mox's queue log (`temporary failure delivering from queue`), its notices
    "temporary failure delivering from queue" => Deferred, Medium;
    "permanent failure delivering from queue" => Bounced, Medium;
    "Delivery has failed permanently for your email" => Bounced, Medium;
    "Delivery has been delayed of your email" => Delayed, Medium;
    // Stalwart's queue status (`"status": {"temp_fail": "..."}`), its DNS and TLS words
    "\"temp_fail\":" => Deferred, Medium;
    "\"perm_fail\":" => Bounced, Medium;
    "MX record lookup failed" => DnsFailed, Strong;
    "DNS request timed out" => DnsFailed, Strong;
    "STARTTLS was not advertised" => TlsNotOffered, Medium;
    // Haraka: Node's resolver errors (`DNS lookup failure: Error: queryMx ETIMEOUT
    // example.org`: the lookup timed out, not a connection), its certificate check, its
    // bounce after the retries ran out (`Failure Reason: Error: Too many failures (...)`)
    "queryMx ETIMEOUT" => DnsFailed, Strong;
    "queryMx ESERVFAIL" => DnsTryAgain, Strong;
    "queryMx ENOTFOUND" => DomainNonexistent, Strong;
    "queryMx ENODATA" => DnsNoRecords, Strong;
    "Host failed TLS verification" => CertInvalid, Medium;
    "Error: Too many failures (" => Expired, Medium;
    // KumoMTA's per-attempt summary names the handshake after `failed to connect to any
    // candidate hosts` (rustls's alert, in its own spelling)
    "fatal alert: HandshakeFailure" => TlsFailed, Medium;
    "STARTTLS handshake status: failed" => TlsFailed, Medium;
    // MDaemon's notice after the retries: the message left the queue
    "has been removed from the mail queue on this server" => Expired, Medium;
    // Courier's courieresmtp: a server that hung up after STARTTLS, or at all
    "disconnected after receiving the STARTTLS command" => TlsFailed, Medium;
    "Network connection shut down by the remote mail server" => Dropped, Medium;
    "DELAYS IN DELIVERING YOUR MESSAGE" => Delayed, Medium;
    // Exchange Server's message tracking log as CSV rows (`...,SMTP,SEND,...`, an Elastic
    // or SIEM export of MSGTRK files): its source and event columns
    ",SMTP,SEND," => OriginExchangeServer, Strong;
    ",SMTP,RECEIVE," => OriginExchangeServer, Strong;
    ",SMTP,FAIL," => OriginExchangeServer, Strong;
    ",SMTP,DEFER," => OriginExchangeServer, Strong;
    ",STOREDRIVER,DELIVER," => OriginExchangeServer, Strong;
    ",ROUTING,FAIL," => OriginExchangeServer, Strong;
    ",DSN,DSN," => OriginExchangeServer, Strong;
    // hMailServer's bounce borrows Exchange 2003's first line; its name signs it, and its
    // list of failed recipients is final
    "hMailServer" => OriginOther, Strong;
    "The following recipient(s) could not be reached" => Bounced, Medium;
    // (French, Italian, Swedish: the frames Sisimai's Exchange 2007 decoder reads; the
    // French heading of the failure)
    "informations de diagnostic pour les administrateurs" => OriginExchangeServer, Strong;
    "informazioni di diagnostica per gli amministratori" => OriginExchangeServer, Strong;
    "diagnostisk information för administratörer" => OriginExchangeServer, Strong;
    "serveur de génération" => OriginExchangeServer, Strong;
    "server di generazione" => OriginExchangeServer, Strong;
    // (Spanish and Japanese: the generating server's label)
    "servidor de generación:" => OriginExchangeServer, Strong;
    "生成サーバー:" => OriginExchangeServer, Strong;
    "genererande server" => OriginExchangeServer, Strong;
    "échec de la remise pour ces destinataires" => OriginExchangeServer, Strong;
}
