// A real local voice for Firefox's read-aloud test (e2e/engines.mjs): Debian's speech-dispatcher,
// started by the suite with a configuration of its own, speaking through espeak-ng. Firefox
// counts a speech-dispatcher voice as the device's own (`localService`) only when its name is
// `default` (Gecko's SpeechDispatcherService), so the one voice here has that name. This machine
// has no sound card: espeak-ng writes what it says to a WAV file, which the test reads back.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { signalGroup, within } from './webdriver.js';

/// How long speech-dispatcher may take to open its socket.
const START_LIMIT_MS = 10_000;

/// Starts speech-dispatcher with one English voice named `default`, in a folder of its own.
/// Returns the address Firefox is given (`SPEECHD_ADDRESS`), the WAV file the voice's last
/// utterance is written to, and `stop()`, which ends the server and removes the folder.
export async function startDeviceVoice() {
  const dir = mkdtempSync(join(tmpdir(), 'jap-voice-'));
  const [config, logs] = [join(dir, 'config'), join(dir, 'logs')];
  mkdirSync(join(config, 'modules'), { recursive: true });
  mkdirSync(logs);
  const [socket, wav] = [join(dir, 'speechd.sock'), join(dir, 'spoken.wav')];
  writeFileSync(
    join(config, 'speechd.conf'),
    ['AddModule "device-voice" "sd_generic" "device-voice.conf"', 'DefaultModule device-voice',
      // No sound card: nothing is played, and the module must not fail to open one.
      'AudioOutputMethod "alsa"', 'AudioALSADevice "null"', ''].join('\n'),
  );
  writeFileSync(
    join(config, 'modules', 'device-voice.conf'),
    [`GenericExecuteSynth "printf %s \\'$DATA\\' | espeak-ng -v en --stdin -w ${wav}"`, 'GenericCmdDependency "espeak-ng"',
      'GenericLanguage "en" "en" "utf-8"', 'AddVoice "en" "MALE1" "default"', ''].join('\n'),
  );
  const server = spawn('speech-dispatcher', ['-s', '-t', '0', '-c', 'unix_socket', '-S', socket, '-C', config, '-L', logs], {
    detached: true,
    stdio: 'ignore',
  });
  const stop = () => {
    signalGroup(server, 'SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  };
  process.once('exit', stop);
  const opened = (async () => {
    while (!existsSync(socket)) {
      if (server.exitCode !== null) throw new Error(`speech-dispatcher exited (${server.exitCode})`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  })();
  try {
    await within(opened, START_LIMIT_MS, 'starting speech-dispatcher');
  } catch (error) {
    stop();
    throw error;
  }
  return { address: `unix_socket:${socket}`, wav, stop };
}
