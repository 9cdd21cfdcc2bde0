# Sourced by releng/run.sh and releng/test.sh: exports JAVA_HOME for a JDK 21 or newer.
# Order: $JAVA_HOME if new enough, the JDK behind `java` on PATH, then the newest JDK found in the
# usual install folders (Debian/Ubuntu /usr/lib/jvm, macOS /Library/Java/JavaVirtualMachines).
attune_java_major() { # prints the major version of the given java executable
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p' | sed 's/^1\.//'
}
attune_pick_jdk() {
  for candidate in ${JAVA_HOME:+"$JAVA_HOME"} \
      "$(command -v javac >/dev/null 2>&1 && dirname "$(dirname "$(readlink -f "$(command -v javac)")")")" \
      $(ls -d /usr/lib/jvm/*/ /Library/Java/JavaVirtualMachines/*/Contents/Home/ 2>/dev/null | sort -rV); do
    candidate=${candidate%/}
    [ -n "$candidate" ] && [ -x "$candidate/bin/javac" ] || continue
    major=$(attune_java_major "$candidate/bin/java")
    if [ -n "$major" ] && [ "$major" -ge 21 ] 2>/dev/null; then
      echo "$candidate"
      return 0
    fi
  done
  return 1
}
if ATTUNE_JDK=$(attune_pick_jdk); then
  export JAVA_HOME="$ATTUNE_JDK"
else
  echo "Attune needs a JDK 21 or newer (tested with Temurin 25); set JAVA_HOME to one." >&2
  exit 3
fi
