import fs from 'node:fs';
import path from 'node:path';

/** Linux reports process times in clock ticks; 100 a second on every platform Node runs on here. */
const TICKS_PER_SECOND = 100;

function statFields(pid: number): string[] | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name may hold spaces: the fields after it start past its closing parenthesis.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  } catch {
    return null;
  }
}

/**
 * CPU milliseconds a local PostgreSQL cluster (the postmaster of `<dataDir>/pg` and every
 * process under it, ended ones included through the postmaster's reaped-children times) has
 * used so far; null when the cluster is not local or not running. With the API's own CPU
 * time, what a run costs the machine whatever else runs on it.
 */
export function clusterCpuMs(dataDir: string): number | null {
  const pidFile = path.join(dataDir, 'pg', 'postmaster.pid');
  if (!fs.existsSync(pidFile) || !fs.existsSync('/proc')) return null;
  const root = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0]);
  const rootFields = statFields(root);
  if (!rootFields) return null;
  // After the name: state(0) ppid(1) … utime(11) stime(12) cutime(13) cstime(14).
  let ticks = Number(rootFields[11]) + Number(rootFields[12]) + Number(rootFields[13]) + Number(rootFields[14]);
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const fields = statFields(Number(entry));
    if (fields && Number(fields[1]) === root) ticks += Number(fields[11]) + Number(fields[12]);
  }
  return (ticks * 1000) / TICKS_PER_SECOND;
}

/** CPU milliseconds this Node process has used so far (user and system). */
export function processCpuMs(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}
