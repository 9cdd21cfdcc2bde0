@echo off
rem Starts Attune on Windows.
rem   attune [--project DIR]      the workbench (optionally opening a project)
rem   attune cli ^<command^> ...  the headless command line; "attune cli --help" lists the commands
rem Needs Java 21 or newer: %JAVA_HOME%\bin\java.exe if JAVA_HOME is set, else java on PATH.
setlocal
set "HOME_DIR=%~dp0"
set "JAVA=java"
if defined JAVA_HOME set "JAVA=%JAVA_HOME%\bin\java.exe"
set "LAUNCHER="
for %%f in ("%HOME_DIR%plugins\org.eclipse.equinox.launcher_*.jar") do set "LAUNCHER=%%f"
if not defined LAUNCHER (
  echo attune: %HOME_DIR% is not a complete Attune installation ^(no Equinox launcher in plugins\^) 1>&2
  exit /b 3
)
set "VMARGS=-Xms256m -Xmx4g -Dfile.encoding=UTF-8 -Dosgi.requiredJavaVersion=21 --enable-native-access=ALL-UNNAMED --add-opens=java.base/sun.nio.ch=ALL-UNNAMED"
set "VMARGS=%VMARGS% -Djava.util.logging.config.file=%HOME_DIR%logging.properties"
rem Temporary files (e.g. Tika's repair copy of a damaged .docx) go to a folder of this run's own in the user's
rem profile (private to the user), not a shared folder, and are removed when the run ends, as the Linux launcher does.
rem (cmd has no process id to tell a live run's folder from a crashed one's: a killed run's folder stays until removed.)
if not defined ATTUNE_TMP set "ATTUNE_TMP=%USERPROFILE%\.attune\tmp"
if not exist "%ATTUNE_TMP%" mkdir "%ATTUNE_TMP%"
:newtmp
set "RUN_TMP=%ATTUNE_TMP%\attune-%RANDOM%%RANDOM%"
if exist "%RUN_TMP%" goto newtmp
mkdir "%RUN_TMP%"
set "VMARGS=%VMARGS% "-Djava.io.tmpdir=%RUN_TMP%""
if /I "%~1"=="cli" (
  shift
  goto cli
)
if not defined ATTUNE_WORKSPACE set "ATTUNE_WORKSPACE=%USERPROFILE%\.attune\workspace"
"%JAVA%" %VMARGS% %ATTUNE_VM_ARGS% -jar "%LAUNCHER%" -install "%HOME_DIR%." -nosplash -data "%ATTUNE_WORKSPACE%" %*
set "CODE=%ERRORLEVEL%"
rmdir /s /q "%RUN_TMP%" 2>nul
exit /b %CODE%
:cli
set "ARGS="
:collect
if "%~1"=="" goto run
set ARGS=%ARGS% %1
shift
goto collect
:run
"%JAVA%" %VMARGS% -Djava.awt.headless=true %ATTUNE_VM_ARGS% -jar "%LAUNCHER%" -install "%HOME_DIR%." -application org.attune.cli.app -nosplash -data @none %ARGS%
set "CODE=%ERRORLEVEL%"
rmdir /s /q "%RUN_TMP%" 2>nul
exit /b %CODE%
