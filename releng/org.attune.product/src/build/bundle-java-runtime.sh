#!/bin/sh
# Puts a Java runtime made by jlink from the build's JDK into a materialized product (its jre/ folder), which the
# launcher takes before any other Java: a researcher installs nothing. Usage: bundle-java-runtime.sh JAVA_HOME PRODUCT_DIR
# The modules: Java SE and the few JDK ones the libraries use (jdk.unsupported: Xodus, Lucene; jdk.management,
# jdk.xml.dom: Tika, POI; jdk.httpserver: the loopback stream of encrypted originals), the extra charsets and locales for transcripts in any language, and the zip file system.
set -eu
java_home=$1
product=$2
modules=java.se,jdk.unsupported,jdk.management,jdk.xml.dom,jdk.charsets,jdk.localedata,jdk.zipfs,jdk.naming.dns,jdk.net,jdk.httpserver
[ -d "$product" ] || { echo "bundle-java-runtime: no product at $product" >&2; exit 1; }
rm -rf "$product/jre"
# --generate-cds-archive: the runtime's own class-data archive, as a JDK has (a start without one is slower)
"$java_home/bin/jlink" --add-modules "$modules" --strip-debug --no-man-pages --no-header-files --compress=zip-6 \
  --generate-cds-archive --output "$product/jre" >/dev/null
"$product/jre/bin/java" -version >/dev/null 2>&1 || { echo "bundle-java-runtime: the runtime in $product/jre does not start" >&2; exit 1; }
echo "bundle-java-runtime: $(du -sh "$product/jre" | cut -f1) runtime ($(sed -n 's/^JAVA_VERSION=//p' "$product/jre/release")) in $product/jre"
