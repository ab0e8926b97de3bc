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


def new_order(s):
    step("New order for this account: the order opens as a draft")
    s.press(s.main, "New order for this account")
    dialog = s.window("dialog", "New order")
    check("customer", s.text_of(at.find(dialog, "combo box", "Customer")),
          "%s (it@lakeshore.example)" % CUSTOMER)
    s.press(dialog, "Save")
    s.gone(dialog)
    at.wait_for("the order editor", lambda: s.value(s.main, "Customer") == CUSTOMER)
    number = s.value(s.main, "Order number")
    check("status", s.value(s.main, "Status"), "Draft")
    check("Total", s.value(s.main, "Total"), "0.00 EUR")

    step("Quick Add > Product: %s" % PRODUCT)
    quick_add = at.find(s.main, "push button", "Quick Add")
    s.act(at.find(quick_add, "menu item", "Product", items=True))
    chooser = s.window("dialog", "Quick Add > Product")
    tree = at.find(chooser, "tree", "Product")
    add = at.find(chooser, "push button", "Add")
    check("Add before a product is chosen", at.enabled(add), False)
    s.select_row(tree, 0, PRODUCT)
    s.act(add)
    s.gone(chooser)
    return number


def incomplete_line(s):
    step("the new line is incomplete, and says why")
    lines = at.find(s.main, "table", "Order lines")
    row = at.wait_for("the line", lambda: s.row_of(lines, 1, PRODUCT) + 1) - 1
    reason = at.description(s.cell(lines, row, 1))
    if not reason.startswith("Incomplete: "):
        raise at.Failure("the line reads %r" % reason)
    blockers = at.find(s.main, "list", "Blockers")
    items = [at.name(i) for i in at.children(blockers)]
    if not any("Seats" in i or "seats" in i for i in items):
        raise at.Failure("blockers: %r" % items)
    check("Execute", at.enabled(at.find(s.main, "push button", "Execute")), False)
    return lines, row


def set_seats(s, lines, row):
    step("Edit line (the pencil): Seats 12, band 10–14, 4.00 and 48.00 EUR, first period 0.00")
    s.select_row(lines, 1, PRODUCT)
    s.press(s.main, "Edit line")
    panel = at.find(s.main, "panel", "Manage line")
    s.set_value(panel, "Seats", 12)
    s.wait_value(panel, "Band", "10–14 seats")
    check("Unit price", s.value(panel, "Unit price"), "4.00 EUR")
    check("Period price", s.value(panel, "Period price"), "48.00 EUR")
    check("First-period charge", s.value(panel, "First-period charge"), "0.00 EUR")
    s.press(panel, "Save")
    at.wait_for("the line complete", lambda: at.description(s.cell(lines, row, 1)) == "Complete")
    check("Total", s.value(s.main, "Total"), "0.00 EUR")
    check("Seats column", at.name(s.cell(lines, row, 3)), "12")


def execute(s, number):
    step("Execute, confirmed: the subscription is generated")
    s.press(s.main, "Execute")
    confirm = s.window("alert", "Execute order")
    s.press(confirm, "Execute")
    s.wait_value(s.main, "Status", "Executed")
    check("Total", s.value(s.main, "Total"), "0.00 EUR")
    generated = at.find(s.main, "tree", "Generated subscriptions")
    at.wait_for("the generated subscription", lambda: s.row_of(generated, 0, PRODUCT) >= 0)
    row = s.row_of(generated, 0, PRODUCT)
    check("subscription seats", at.name(s.cell(generated, row, 1)), "12")
    message = at.name(at.find(s.main, "label", description_is="Message"))
    check("message bar", message, "%s executed: 1 subscription generated." % number)


def storefront(s):
    step("Storefront: %s, 20 seats: Calculate cost, then Buy this configuration" % PRODUCT)
    s.menu(("Storefront", "Storefront"))
    customer = at.find(s.main, "filler", "Customer")
    s.set_text(customer, "Search Customer", "Lakeshore")
    s.choose(customer, "Customer", "%s (it@lakeshore.example)" % CUSTOMER)
    products = at.find(s.main, "tree", "Products")
    s.select_row(products, 0, PRODUCT)
    s.wait_value(s.main, "Product", PRODUCT)
    s.set_value(s.main, "Seats", 20)
    s.press(s.main, "Calculate cost")
    s.wait_value(s.main, "Cost state", "Cost calculated for 20 seats.")
    check("Band", s.value(s.main, "Band"), "20–24 seats")
    check("Unit price", s.value(s.main, "Unit price"), "3.60 EUR")
    check("Period price", s.value(s.main, "Period price"), "72.00 EUR")
    check("First-period charge", s.value(s.main, "First-period charge"), "0.00 EUR")
    s.press(s.main, "Buy this configuration")
    confirm = s.window("alert", "Buy this configuration")
    s.press(confirm, "Buy")
    message = at.find(s.main, "label", description_is="Message")
    at.wait_for("the purchase", lambda: at.name(message).startswith("Bought: order ORD-"))
    if not at.name(message).endswith("executed, 1 subscription active."):
        raise at.Failure("message bar: %r" % at.name(message))

    step("Change Configuration of the 20 seats to 25: charged now, effective, new price")
    table = at.find(s.main, "table", "Customer subscriptions")
    row = at.wait_for("the bought subscription", lambda: next(
        (r + 1 for r in range(at.Atspi.Table.get_n_rows(table))
         if at.name(s.cell(table, r, 1)) == PRODUCT and at.name(s.cell(table, r, 2)) == "20"),
        0)) - 1
    at.Atspi.Table.add_row_selection(table, row)
    s.press(s.main, "Change Configuration")
    dialog = s.window("dialog", "Change Configuration")
    s.wait_value(dialog, "Current seats", "20")
    s.set_value(dialog, "Seats", 25)
    s.wait_value(dialog, "New recurring price", "85.00 EUR")
    check("Charge now", s.value(dialog, "Charge now"), "0.00 EUR")
    effective = s.value(dialog, "Effective date")
    if not re.search(r"\d", effective):
        raise at.Failure("Effective date reads %r" % effective)
    s.press(dialog, "Save")
    confirm = s.window("alert", "Change Configuration")
    s.press(confirm, "Change Configuration")
    s.gone(dialog)
    at.wait_for("the message", lambda: at.name(message).startswith(
        "Configuration changed: charged now 0.00 EUR, effective %s." % effective))
    at.wait_for("25 seats in the list", lambda: at.name(s.cell(table, row, 2)) == "25")


def main(bssdesk):
    run_example(bssdesk)
    s = at.Session(bssdesk)
    try:
        new_end_user(s)
        synchronize(s)
        number = new_order(s)
        lines, row = incomplete_line(s)
        set_seats(s, lines, row)
        execute(s, number)
        storefront(s)
    except at.Failure:
        for window in at.children(s.app):
            if at.showing(window):
                print("\n".join(at.dump(window)), file=sys.stderr)
        raise
    finally:
        s.close()
    print("PASS", flush=True)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "build/bssdesk")
