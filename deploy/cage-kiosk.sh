#!/bin/sh
# A Wayland kiosk session with the cage compositor: one fullscreen application, nothing else.
# Start it from an autologin tty (e.g. at the end of the kiosk user's ~/.profile on tty1):
#   [ "$(tty)" = /dev/tty1 ] && exec /path/to/deploy/cage-kiosk.sh
# cage runs the kiosk unit's program directly; systemd-run gives it the same restart and watchdog
# settings as hall-kiosk.service while cage keeps the screen.
set -eu
export QT_QPA_PLATFORM=wayland
exec cage -d -- systemd-run --user --wait --collect --unit=hall-kiosk-cage \
  -p Type=notify -p NotifyAccess=main -p Restart=always -p RestartSec=3 -p WatchdogSec=30 \
  -p RestartPreventExitStatus=0 -p StartLimitIntervalSec=0 -p MemoryMax=1500M \
  -E WAYLAND_DISPLAY -E XDG_RUNTIME_DIR -E QT_QPA_PLATFORM \
  "${KIOSK:-kiosk}"
