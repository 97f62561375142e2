#!/usr/bin/env bash
# Sets up everything the kiosk needs on a Debian/Ubuntu machine, idempotently:
#   scripts/setup.sh run    system packages for Qt and the CJK fonts (main + 生僻字 fallbacks), .venv, the project, .qm files
#   scripts/setup.sh test   the same plus what the test suite needs (PostgreSQL, CUPS + cups-pdf, poppler,
#                           Xvfb for the lockdown test on a real X server, systemd + systemd-nspawn
#                           for the reboot test)
# System packages are installed only when running as root or with passwordless sudo; otherwise
# the missing ones are named so that someone with rights can install them.
set -euo pipefail
cd "$(dirname "$0")/.."
mode=${1:-run}

qt_packages="libglib2.0-0 libgl1 libegl1 libfontconfig1 libxkbcommon0 libdbus-1-3 \
  libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0 libxcb-shape0 \
  libxcb-xkb1 libxkbcommon-x11-0 libxcb-randr0 libxcb-xinerama0 libxcb-xfixes0 fonts-wqy-microhei \
  fonts-hanazono fonts-babelstone-han"
test_packages="postgresql cups cups-client cups-bsd printer-driver-cups-pdf openssl poppler-utils espeak-ng xvfb xauth systemd systemd-container"
packages=$qt_packages
[ "$mode" = test ] && packages="$packages $test_packages"

missing=""
if command -v dpkg-query >/dev/null; then
  for p in $packages; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
  done
fi
if [ -n "$missing" ]; then
  if [ "$(id -u)" = 0 ]; then sudo=""; elif sudo -n true 2>/dev/null; then sudo="sudo -n"; else sudo="none"; fi
  if [ "$sudo" = none ]; then
    echo "setup: these system packages are missing and I cannot install them without root:" >&2
    echo "  sudo apt-get install$missing" >&2
  else
    echo "setup: installing system packages:$missing"
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing >/dev/null
  fi
fi

# A Python 3.12 (or 3.13) interpreter when one works, else python3 (>= 3.11). pyenv shims may
# exist for versions that are not active, so each candidate is actually run.
pick_python() {
  local c
  for c in python3.12 python3.13 "${PYENV_ROOT:-$HOME/.pyenv}"/versions/3.12*/bin/python3.12 python3 python3.11; do
    if command -v "$c" >/dev/null 2>&1 && "$c" -c 'import sys, venv, sqlite3; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
      command -v "$c"; return 0
    fi
  done
  echo "setup: no Python >= 3.11 found" >&2; return 1
}

if [ ! -x .venv/bin/python ] || ! .venv/bin/python -c 'import sys' 2>/dev/null; then
  py=$(pick_python)
  echo "setup: creating .venv with $py ($("$py" --version))"
  rm -rf .venv
  "$py" -m venv .venv
fi
stamp=.venv/.installed-$mode
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
  .venv/bin/python -m pip install -q --upgrade pip >/dev/null
  extras=""; [ "$mode" = test ] && extras="[test]"
  echo "setup: installing the project into .venv"
  .venv/bin/python -m pip install -q -e ".$extras"
  touch "$stamp"
fi
.venv/bin/python -m kiosk.i18n_build
echo "setup: ready ($(.venv/bin/python --version))"
