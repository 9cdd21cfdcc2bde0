#!/bin/sh
# Builds Attune (without running the tests) and starts the workbench from the built Linux or macOS product.
#   releng/run.sh                      build, then start the workbench with the sample project (made on first use)
#   releng/run.sh --project DIR        ... and open that project
#   releng/run.sh cli version          build, then run a command-line command instead
# ATTUNE_NO_BUILD=1 skips the build when the product is already built.
set -e
cd "$(dirname "$0")/.."
. releng/scripts/java-home.sh
products=releng/org.attune.product/target/products/org.attune.product
case "$(uname -s)/$(uname -m)" in
  Linux/x86_64) attune="$products/linux/gtk/x86_64/attune/attune" ;;
  Darwin/arm64) attune="$products/macosx/cocoa/aarch64/attune.app/Contents/Eclipse/attune" ;;
  *) echo "releng/run.sh knows Linux x86_64 and macOS arm64; on Windows run mvnw.cmd -DskipTests verify and the product's attune.cmd" >&2; exit 3 ;;
esac
if [ -z "${ATTUNE_NO_BUILD:-}" ] || [ ! -x "$attune" ]; then
  ./mvnw -B -DskipTests verify
fi
if [ $# -eq 0 ]; then
  set -- --sample
fi
exec "$attune" "$@"
