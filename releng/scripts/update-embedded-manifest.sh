#!/bin/sh
# Regenerates (or with --check, verifies) Bundle-ClassPath and Export-Package of an embedding bundle
# from the jars in its lib/ folder. Usage: update-embedded-manifest.sh [--check] BUNDLE_DIR
here=$(dirname "$0")
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
exec "$java" "$here/EmbeddedManifest.java" "$@"
