#!/usr/bin/env python3
"""An Orchard webhook receiver: verifies each event's signature, drops duplicates by event id,
and keeps the events it accepted, one JSON object per line.

    python3 webhook_receiver.py --port 9000 --secret-file secret.txt --log events.jsonl

Orchard delivers at least once: the same event may arrive twice (after a crash or a lost
answer), always with the same id and the same bytes. Per member, events arrive in the order of
their `sequence`. Answer 2xx only once the event is safely kept; anything else is retried.
"""

import argparse
import hashlib
import hmac
import json
import socket
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

TOLERANCE_SECONDS = 300  # refuse signatures older (or newer) than this: a replayed request


def verify_signature(secrets, header, body, now=None, tolerance=TOLERANCE_SECONDS):
    """True when `header` (Orchard-Signature: t=UNIX,v1=HEX) signs `body` (bytes) with one of
    `secrets` within `tolerance` seconds of `now`."""
    try:
        parts = dict(item.split("=", 1) for item in header.split(","))
        stamp = int(parts["t"])
        given = parts["v1"]
    except (ValueError, KeyError, AttributeError):
        return False
    now = time.time() if now is None else now
    if tolerance and abs(now - stamp) > tolerance:
        return False
    signed = str(stamp).encode() + b"." + body
    for secret in secrets:
        expected = hmac.new(secret.encode(), signed, hashlib.sha256).hexdigest()
        if hmac.compare_digest(expected, given):
            return True
    return False


class Receiver:
    def __init__(self, secrets, log_path):
        self.secrets = secrets
        self.log_path = log_path
        self.seen = set()
        self.lock = threading.Lock()
        if log_path:
            try:
                with open(log_path) as log:
                    for line in log:
                        self.seen.add(json.loads(line)["id"])
            except FileNotFoundError:
                pass

    def accept(self, event_id, body):
        """Keeps a new event; False when it was already kept (a duplicate)."""
        with self.lock:
            if event_id in self.seen:
                return False
            if self.log_path:
                with open(self.log_path, "a") as log:
                    log.write(body.decode() + "\n")
            self.seen.add(event_id)
            return True


def handler_for(receiver):
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"  # keep-alive, as Orchard sends

        def setup(self):
            super().setup()
            # The answer's head and body go out in two writes: without this, Nagle's algorithm
            # and the sender's delayed ACK hold each answer back ~40 ms.
            self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

        def do_POST(self):
            body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
            if not verify_signature(receiver.secrets, self.headers.get("Orchard-Signature", ""), body):
                return self.answer(401, b"bad signature\n")
            event = json.loads(body)
            if event.get("id") != self.headers.get("Orchard-Event-Id"):
                return self.answer(400, b"event id does not match its header\n")
            receiver.accept(event["id"], body)  # a duplicate is answered 200 too: it is kept
            self.answer(200, b"ok\n")

        def answer(self, status, text):
            self.send_response(status)
            self.send_header("Content-Type", "text/plain")
            self.send_header("Content-Length", str(len(text)))
            self.end_headers()
            self.wfile.write(text)

        def log_message(self, *args):
            pass

    return Handler


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=9000)
    parser.add_argument("--secret-file", action="append", required=True,
                        help="the subscription's secret; twice while a secret is rotated")
    parser.add_argument("--log", help="append accepted events here, one JSON per line")
    options = parser.parse_args()
    secrets = [open(path).read().strip() for path in options.secret_file]
    server = ThreadingHTTPServer((options.host, options.port), handler_for(Receiver(secrets, options.log)))
    print(f"listening on http://{options.host}:{server.server_address[1]}", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
