#!/usr/bin/python3
"""The seed's flow through the accessibility tree alone (issue 12): AT-SPI actions, values and
selections, no synthesized mouse or key events; at each step it reads what the user sees.

    sh tests/a11y/run-under-xvfb.sh /usr/bin/python3 tests/a11y/tst_atspi_seedflow.py build/bssdesk
"""
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import bssatspi as at  # noqa: E402

CUSTOMER = "Lakeshore Dental Care"
RESELLER = "Northwind Cloud Partners"
RESELLER_CHOICE = RESELLER + " (licensing@northwind.example)"
PRODUCT = "Kaspersky Endpoint Security Cloud"


def step(text):
    print("--", text, flush=True)


def check(what, actual, expected):
    if actual != expected:
        raise at.Failure("%s: %r, expected %r" % (what, actual, expected))


def run_example(bssdesk):
    """The example of docs/qa.md, run as written."""
    doc = os.path.join(os.path.dirname(__file__), "..", "..", "docs", "qa.md")
    text = open(doc, encoding="utf-8").read()
    match = re.search(r"```python\n(# example: .*?)```", text, re.S)
    if not match:
        raise at.Failure("docs/qa.md has no example block")
    step("docs/qa.md example")
    exec(compile(match.group(1), "docs/qa.md", "exec"), {"at": at, "BSSDESK": bssdesk})


def new_end_user(s):
    step("Office > Accounts: New account, an end-user of %s" % RESELLER)
    s.press(s.main, "New account")
    dialog = s.window("dialog", "New account")
    s.set_text(dialog, "Name", CUSTOMER)
    s.choose(dialog, "Type", "End-user")
    parent = at.find(dialog, "filler", "Parent Account")
    s.set_text(parent, "Search Parent Account", "Northwind")
    s.choose(parent, "Parent Account", RESELLER_CHOICE)
    s.set_text(dialog, "Email", "it@lakeshore.example")
    s.press(dialog, "Save")
    s.gone(dialog)


def synchronize(s):
    step("select the new account: Sync Options acts on the selected row")
    accounts = at.find(s.main, "table", "Accounts")
    s.select_row(accounts, 0, CUSTOMER)
    s.press(s.main, "Sync Options")
    sync = s.window("dialog", "Sync Options")
    at.find(sync, "label", name_starts=CUSTOMER)
    check("Sync Options platform", s.text_of(at.find(sync, "combo box", "Platform")),
          "Kaspersky Labs")
    at.wait_for("the options loaded", lambda: s.value(sync, "Provisioning Sync Status")
                .startswith("UnSynchronized"))
    check("Parent Account", s.text_of(at.find(sync, "combo box", "Parent Account")),
          RESELLER_CHOICE)
    check("Role", s.text_of(at.find(sync, "combo box", "Role")), "User")
    s.set_text(sync, "Email", "licenses@lakeshore.example")
    step("Save & Synchronize, confirmed")
    s.press(sync, "Save & Synchronize")
    confirm = s.window("alert", "Save & Synchronize")
    s.press(confirm, "Save & Synchronize")
    at.wait_for("Synchronized", lambda: s.value(sync, "Provisioning Sync Status")
                .startswith("Synchronized"))
    check("result", s.value(sync, "Result"), "The account is synchronized with Kaspersky Labs.")
    s.press(sync, "Close")
    s.gone(sync)
    message = at.find(s.main, "label", description_is="Message")
    check("message bar", at.name(message),
          "“%s” is synchronized with Kaspersky Labs." % CUSTOMER)


def main(bssdesk):
    run_example(bssdesk)
    s = at.Session(bssdesk)
    try:
        new_end_user(s)
        synchronize(s)
    finally:
        s.close()
    print("PASS", flush=True)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "build/bssdesk")
