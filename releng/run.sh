#!/bin/sh
# Builds Attune (without running the tests) and starts the workbench from the built Linux or macOS product.
#   releng/run.sh                      build, then start the workbench with the sample project (made on first use)
#   releng/run.sh --project DIR        ... and open that project
#   releng/run.sh cli version          build, then run a command-line command instead
# It builds only when the product is missing or a source file is newer than it (ATTUNE_BUILD=1 builds anyway,
# ATTUNE_NO_BUILD=1 never builds when a product is there).
set -e
cd "$(dirname "$0")/.."
. releng/scripts/java-home.sh
products=releng/org.attune.product/target/products/org.attune.product
case "$(uname -s)/$(uname -m)" in
  Linux/x86_64) attune="$products/linux/gtk/x86_64/attune/attune" ;;
  Darwin/arm64) attune="$products/macosx/cocoa/aarch64/attune.app/Contents/Eclipse/attune" ;;
  *) echo "releng/run.sh knows Linux x86_64 and macOS arm64; on Windows run mvnw.cmd -DskipTests verify and the product's attune.cmd" >&2; exit 3 ;;
esac
built="$(dirname "$attune")/configuration/config.ini" # written by each build (the launcher keeps its source's time)
changed() { # the first source file newer than the built product, if any
  find pom.xml target-platform bundles features releng -newer "$built" -type f \
    -not -path '*/target/*' -not -path '*/.*' 2>/dev/null | head -n 1
}
if [ ! -x "$attune" ] || [ ! -f "$built" ] || [ -n "${ATTUNE_BUILD:-}" ]; then
  ./mvnw -B -DskipTests verify
elif [ -z "${ATTUNE_NO_BUILD:-}" ] && newer=$(changed) && [ -n "$newer" ]; then
  echo "releng/run.sh: $newer changed since the last build; building (ATTUNE_NO_BUILD=1 skips this)" >&2
  ./mvnw -B -DskipTests verify
fi
if [ $# -eq 0 ]; then
  set -- --sample
fi
exec "$attune" "$@"
