"""A mail server that keeps nothing but a line per message: for counting what Enishi's nodes sent.
Usage: python3 smtp_sink.py PORT LOGFILE  (Python 3.11's smtpd; no package to install)."""
import asyncore
import email
import json
import smtpd
import sys
import warnings

warnings.filterwarnings("ignore", category=DeprecationWarning)


class Sink(smtpd.SMTPServer):
    def process_message(self, peer, mailfrom, rcpttos, data, **kwargs):
        message = email.message_from_bytes(data if isinstance(data, bytes) else data.encode())
        line = {"id": message.get("X-Enishi-Mail-Id"), "to": rcpttos, "subject": str(
            email.header.make_header(email.header.decode_header(message.get("Subject", ""))))}
        with open(sys.argv[2], "a", encoding="utf-8") as log:
            log.write(json.dumps(line, ensure_ascii=False) + "\n")


Sink(("127.0.0.1", int(sys.argv[1])), None, decode_data=False)
asyncore.loop()
