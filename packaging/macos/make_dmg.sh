#!/usr/bin/env bash
# macOS: build confdesk.app (packaging/build.py) and wrap it in a disk image.
#   packaging/macos/make_dmg.sh            → dist/confdesk.dmg
# Needs Xcode's command line tools (hdiutil, codesign). Without a Developer ID the app is
# signed ad hoc: Gatekeeper asks the user to confirm the first start (right-click → Open).
# With one, set CONFDESK_SIGN_IDENTITY="Developer ID Application: …" and notarise the .dmg
# afterwards with `xcrun notarytool submit dist/confdesk.dmg --wait`.
set -euo pipefail
cd "$(dirname "$0")/../.."
python3 packaging/build.py
APP=dist/confdesk.app
[[ -d "$APP" ]] || { echo "no $APP: did the build run on macOS?" >&2; exit 1; }
codesign --force --deep --options runtime --sign "${CONFDESK_SIGN_IDENTITY:--}" "$APP"
"$APP/Contents/MacOS/confdesk" --version
STAGE=$(mktemp -d)
cp -R "$APP" "$STAGE/"
ln -s /Applications "$STAGE/Applications"
rm -f dist/confdesk.dmg
hdiutil create -volname confdesk -srcfolder "$STAGE" -ov -format UDZO dist/confdesk.dmg
rm -rf "$STAGE"
echo "wrote dist/confdesk.dmg"
