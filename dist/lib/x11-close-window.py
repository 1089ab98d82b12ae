#!/usr/bin/python3
"""Asks an X11 window to close, the way a window manager's close button does.

Usage: x11-close-window.py WINDOW_ID

Sends the ICCCM WM_PROTOCOLS / WM_DELETE_WINDOW client message to the window's owner.
The application can then save its state, ask for confirmation or cancel the close, as it
would on a real desktop. The alternatives are worse in a bare Xvfb without a window
manager: `xdotool windowclose` destroys the window under the application (a crash, not a
close), and `wmctrl -c` / `_NET_CLOSE_WINDOW` only work when a window manager is there to
translate them into WM_DELETE_WINDOW.

Exit status: 0 sent, 2 the window does not take part in WM_DELETE_WINDOW, 1 other errors.
Needs Debian's python3-xlib (so run it with /usr/bin/python3).
"""

import sys

from Xlib import X, display, error
from Xlib.protocol import event


def main() -> int:
    if len(sys.argv) != 2:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 1
    window_id = int(sys.argv[1], 0)
    try:
        connection = display.Display()
        window = connection.create_resource_object("window", window_id)
        wm_protocols = connection.intern_atom("WM_PROTOCOLS")
        wm_delete_window = connection.intern_atom("WM_DELETE_WINDOW")
        if wm_delete_window not in (window.get_wm_protocols() or []):
            print(f"window {window_id:#x} does not accept WM_DELETE_WINDOW", file=sys.stderr)
            return 2
        message = event.ClientMessage(
            window=window,
            client_type=wm_protocols,
            data=(32, [wm_delete_window, X.CurrentTime, 0, 0, 0]),
        )
        # An empty event mask delivers the event to the client that created the window.
        window.send_event(message, event_mask=X.NoEventMask)
        connection.sync()
    except (error.XError, error.DisplayError, ConnectionError) as problem:
        print(f"could not ask window {window_id:#x} to close: {problem}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
