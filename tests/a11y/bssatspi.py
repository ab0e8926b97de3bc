"""Drive BSS Desk through the accessibility tree (AT-SPI), as QA automation or a screen reader
does: find controls by role and accessible name, press them with AT-SPI actions, set values,
select rows, and read what the user sees. No synthesized mouse or key events.

Needs python3-gi and gir1.2-atspi-2.0, an X display and an AT-SPI bus (see run-under-xvfb.sh),
and bssdesk started with QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1.
"""
import os
import subprocess
import tempfile
import time

import gi

gi.require_version("Atspi", "2.0")
from gi.repository import Atspi, Gio, GLib  # noqa: E402

TIMEOUT = float(os.environ.get("BSS_ATSPI_TIMEOUT", "30"))
# Containers whose children are items (rows, cells, menu entries): searched only on request,
# since a table exposes one child per cell.
ITEM_CONTAINERS = {"table", "tree table", "list", "tree", "menu", "popup menu", "combo box"}


class Failure(AssertionError):
    pass


def wait_for(what, probe, timeout=TIMEOUT):
    """Polls `probe` until it returns something true; the tree changes as the app works."""
    deadline = time.monotonic() + timeout
    error = None
    while True:
        try:
            found = probe()
            if found:
                return found
        except GLib.Error as e:  # an object went away while it was read
            error = e
        if time.monotonic() > deadline:
            raise Failure("timed out after %.0f s waiting for %s%s"
                          % (timeout, what, " (%s)" % error if error else ""))
        time.sleep(0.05)


def role(o):
    return o.get_role_name()


def name(o):
    return o.get_name() or ""


def description(o):
    return o.get_description() or ""


def has_state(o, state):
    return o.get_state_set().contains(state)


def showing(o):
    return has_state(o, Atspi.StateType.SHOWING)


def enabled(o):
    return has_state(o, Atspi.StateType.ENABLED)


def children(o):
    result = []
    for i in range(o.get_child_count()):
        c = o.get_child_at_index(i)
        if c is not None:
            result.append(c)
    return result


def find_all(root, role_name=None, name_is=None, description_is=None, name_starts=None,
             items=False, only_showing=True):
    """Every descendant matching the role and name (or description), depth first."""
    found = []

    def visit(o, depth, closed=False):
        # A closed menu or combo box list does not show, yet its items can be acted on.
        closed = closed or role(o) in ("popup menu", "menu", "menu item", "menu bar",
                                       "combo box")
        for c in children(o):
            if only_showing and not closed and not showing(c) \
                    and role(c) not in ("popup menu", "menu"):
                continue
            r = role(c)
            if ((role_name is None or r == role_name)
                    and (name_is is None or name(c) == name_is)
                    and (name_starts is None or name(c).startswith(name_starts))
                    and (description_is is None or description(c) == description_is)):
                found.append(c)
            if depth < 40 and (items or r not in ITEM_CONTAINERS):
                visit(c, depth + 1, closed)

    visit(root, 0)
    return found


def find(root, role_name=None, name_is=None, description_is=None, name_starts=None,
         items=False, timeout=TIMEOUT):
    """The first such control, waiting until it shows."""
    what = "%s %r%s under %s %r" % (role_name or "control", name_is or name_starts or "",
                                    " described %r" % description_is if description_is else "",
                                    role(root), name(root))
    return wait_for(what, lambda: next(iter(find_all(
        root, role_name, name_is, description_is, name_starts, items)), None), timeout)


def action_names(o):
    return [Atspi.Action.get_action_name(o, i) for i in range(Atspi.Action.get_n_actions(o))]


class Session:
    """One bssdesk process on a fresh store, and the windows it shows."""

    def __init__(self, bssdesk, lang="en", store=None, extra=()):
        self.dir = tempfile.TemporaryDirectory(prefix="bss-atspi-")
        self.store = store or "sqlite:" + os.path.join(self.dir.name, "store.sqlite")
        env = dict(os.environ, QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", QT_QPA_PLATFORM="xcb",
                   XDG_CONFIG_HOME=self.dir.name, XDG_DATA_HOME=self.dir.name)
        self.process = subprocess.Popen(
            [bssdesk, "--store", self.store, "--demo", "--lang", lang, *extra], env=env)
        self.bus = self._a11y_bus()
        self.app = wait_for("the BSS Desk application on the AT-SPI bus", self._app, 60)
        # Read the tree as it is now: nothing served from a cache filled by missed events.
        self.app.set_cache_mask(Atspi.Cache.NONE)
        self.main = self.window("frame", "BSS Desk")

    @staticmethod
    def _a11y_bus():
        session = Gio.bus_get_sync(Gio.BusType.SESSION, None)
        address = session.call_sync("org.a11y.Bus", "/org/a11y/bus", "org.a11y.Bus", "GetAddress",
                                    None, GLib.VariantType("(s)"), Gio.DBusCallFlags.NONE, -1,
                                    None).unpack()[0]
        return Gio.DBusConnection.new_for_address_sync(
            address, Gio.DBusConnectionFlags.AUTHENTICATION_CLIENT
            | Gio.DBusConnectionFlags.MESSAGE_BUS_CONNECTION, None, None)

    def _app(self):
        if self.process.poll() is not None:
            raise Failure("bssdesk exited with %s" % self.process.returncode)
        desktop = Atspi.get_desktop(0)
        for a in children(desktop):
            if name(a) == "BSS Desk" and a.get_process_id() == self.process.pid \
                    and a.get_child_count() > 0:
                return a
        return None

    def close(self):
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.dir.cleanup()

    def window(self, role_name, title, timeout=TIMEOUT):
        """A top-level window (the main window, a dialog) once it shows."""
        def probe():
            for w in children(self.app):
                if role(w) == role_name and name(w) == title and showing(w):
                    return w
            return None
        return wait_for("the %s %r" % (role_name, title), probe, timeout)

    def gone(self, window, timeout=TIMEOUT):
        def probe():
            try:
                return not showing(window)
            except GLib.Error:
                return True
        wait_for("%r to close" % name(window), probe, timeout)

    def act(self, o, action="Press"):
        """Performs an AT-SPI action without waiting for its answer: a button that asks for
        confirmation answers only once the question is closed."""
        wait_for("%r enabled" % name(o), lambda: enabled(o))
        names = action_names(o)
        if action not in names:
            raise Failure("%s %r offers %s, not %s" % (role(o), name(o), names, action))
        self.bus.call(o.app.bus_name, o.path, "org.a11y.atspi.Action", "DoAction",
                      GLib.Variant("(i)", (names.index(action),)), None,
                      Gio.DBusCallFlags.NONE, -1, None, None, None)
        self.bus.flush_sync(None)

    def press(self, root, button_name):
        self.act(find(root, "push button", button_name))

    def set_text(self, root, field_name, text):
        field = find(root, "text", field_name)
        Atspi.EditableText.set_text_contents(field, text)
        wait_for("%r to read %r" % (field_name, text), lambda: self.text_of(field) == text)

    @staticmethod
    def text_of(o):
        return Atspi.Text.get_text(o, 0, -1)

    def set_value(self, root, name_is, value):
        box = find(root, "spin button", name_is)
        Atspi.Value.set_current_value(box, value)
        wait_for("%r to be %s" % (name_is, value),
                 lambda: Atspi.Value.get_current_value(box) == value)

    def choose(self, root, combo_name, item_text):
        """Picks an item of a combo box by toggling it in the combo's list."""
        combo = find(root, "combo box", combo_name)
        item = find(combo, "list item", item_text, items=True)
        self.act(item, "Toggle")
        wait_for("%r to show %r" % (combo_name, item_text),
                 lambda: self.text_of(combo) == item_text)
        return combo

    def value(self, root, caption):
        """What a value label shows, found by its caption (its accessible description)."""
        return name(find(root, "label", description_is=caption))

    def wait_value(self, root, caption, expected):
        return wait_for("%r to read %r" % (caption, expected),
                        lambda: self.value(root, caption) == expected)

    def row_of(self, table, column, text):
        """The row of a table showing `text` in `column`, or -1."""
        for row in range(Atspi.Table.get_n_rows(table)):
            cell = Atspi.Table.get_accessible_at(table, row, column)
            if cell is not None and name(cell) == text:
                return row
        return -1

    def select_row(self, table, column, text):
        row = wait_for("a row showing %r in %r" % (text, name(table)),
                       lambda: (self.row_of(table, column, text) + 1)) - 1
        Atspi.Table.add_row_selection(table, row)
        wait_for("row %d of %r selected" % (row, name(table)),
                 lambda: Atspi.Table.is_row_selected(table, row))
        return row

    def cell(self, table, row, column):
        return Atspi.Table.get_accessible_at(table, row, column)

    def menu(self, path):
        """Presses a menu bar entry, e.g. ("Billing", "Orders")."""
        bar = find(self.main, "menu bar")
        node = bar
        for part in path[:-1]:
            node = find(node, "menu item", part, items=True)
        self.act(find(node, "menu item", path[-1], items=True))


def dump(o, depth=0, out=None, limit=400):
    """The tree under `o` as text (what a failing test prints to explain itself)."""
    lines = out if out is not None else []
    if len(lines) >= limit:
        return lines
    try:
        lines.append("%s%s %r%s%s" % ("  " * depth, role(o), name(o),
                                      " (%s)" % description(o) if description(o) else "",
                                      "" if showing(o) else " [hidden]"))
        if role(o) not in ("table", "tree table") or depth < 2:
            for c in children(o)[:60]:
                dump(c, depth + 1, lines, limit)
    except GLib.Error as e:
        lines.append("%s(gone: %s)" % ("  " * depth, e))
    return lines
