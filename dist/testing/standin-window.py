#!/usr/bin/python3
"""A stand-in for the app's window, to test dist/check-window.sh without the app.

It behaves like an eframe/winit window as far as the check can see: the title, WM_CLASS
set to the app id, _NET_WM_PID, an icon, WM_DELETE_WINDOW honoured with exit status 0, and some
text (drawn in the X server's built-in "fixed" font) for the OCR step. Arguments are
ignored (the check passes --demo).

Environment, to provoke the failures the check must catch:
  STANDIN_TITLE         window title (default "DocSpace API Keys")
  STANDIN_TEXT          text lines separated by "|" (default: a few key-grid words)
  STANDIN_DELAY         seconds before the window is mapped (default 1)
  STANDIN_BUSY=1        burn CPU while open
  STANDIN_NO_ICON=1     no _NET_WM_ICON
  STANDIN_IGNORE_CLOSE=1  ignore WM_DELETE_WINDOW
  STANDIN_EXIT_STATUS   exit status after a close (default 0)

Needs Debian's python3-xlib (so run it with /usr/bin/python3).
"""

import os
import sys
import time

from Xlib import X, Xatom, display

APP_ID = "io.github.docspace_keys.DocSpaceKeys"


def main() -> int:
    title = os.environ.get("STANDIN_TITLE", "DocSpace API Keys")
    lines = os.environ.get(
        "STANDIN_TEXT", "DocSpace API Keys|New key    Refresh|Zapier    files:read    Active"
    ).split("|")
    busy = os.environ.get("STANDIN_BUSY") == "1"
    ignore_close = os.environ.get("STANDIN_IGNORE_CLOSE") == "1"
    exit_status = int(os.environ.get("STANDIN_EXIT_STATUS", "0"))
    time.sleep(float(os.environ.get("STANDIN_DELAY", "1")))

    connection = display.Display()
    screen = connection.screen()
    window = screen.root.create_window(
        0, 0, 640, 360, 0, screen.root_depth, X.InputOutput, X.CopyFromParent,
        background_pixel=screen.white_pixel, event_mask=X.ExposureMask | X.StructureNotifyMask,
    )
    window.set_wm_name(title)
    window.change_property(
        connection.intern_atom("_NET_WM_NAME"), connection.intern_atom("UTF8_STRING"), 8,
        title.encode(),
    )
    # The app sets both parts to the app id (winit alone leaves the instance empty).
    window.set_wm_class(APP_ID, APP_ID)
    window.change_property(
        connection.intern_atom("_NET_WM_PID"), Xatom.CARDINAL, 32, [os.getpid()]
    )
    if os.environ.get("STANDIN_NO_ICON") != "1":
        # A 2x2 icon: width, height, then ARGB pixels.
        window.change_property(
            connection.intern_atom("_NET_WM_ICON"), Xatom.CARDINAL, 32,
            [2, 2, 0xFF2B5FB4, 0xFFF7B32B, 0xFFF7B32B, 0xFF2B5FB4],
        )
    wm_delete_window = connection.intern_atom("WM_DELETE_WINDOW")
    window.set_wm_protocols([wm_delete_window])
    font = connection.open_font("fixed")
    gc = window.create_gc(foreground=screen.black_pixel, background=screen.white_pixel, font=font)
    window.map()

    def draw() -> None:
        for number, line in enumerate(lines):
            window.image_text(gc, 20, 30 + 20 * number, line)
        connection.flush()

    while True:
        if busy:
            if not connection.pending_events():
                sum(range(10_000))
                continue
        event = connection.next_event()
        if event.type == X.Expose and event.count == 0:
            draw()
        elif event.type == X.ClientMessage and event.data[1][0] == wm_delete_window:
            if ignore_close:
                continue
            window.destroy()
            connection.flush()
            return exit_status
        elif event.type == X.DestroyNotify:
            return 1


if __name__ == "__main__":
    sys.exit(main())
