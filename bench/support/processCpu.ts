import { readdirSync, readFileSync } from 'node:fs';

/** CPU time (ms) used so far by this process's descendants, by kind: the browser's processes and threads, and the web host. */
export type CpuByKind = Map<string, number>;

const TICKS_PER_MS = 100 / 1000; // USER_HZ on Linux

/**
 * A snapshot of the CPU used by every process started under this one (Linux /proc; empty
 * elsewhere). The window's renderer is split into its main thread and its other threads
 * (raster, compositor): on two cores these, the other browser processes and the host all
 * compete for the same time.
 */
export function descendantCpu(): CpuByKind {
  const processes = readProcesses();
  const ours = new Set([process.pid]);
  // Children are listed after their parent only by chance: grow the set until it holds still.
  for (let grew = true; grew; ) {
    grew = false;
    for (const { pid, parent } of processes) {
      if (ours.has(pid) || !ours.has(parent)) continue;
      ours.add(pid);
      grew = true;
    }
  }
  const byKind: CpuByKind = new Map();
  const add = (kind: string, ticks: number) => byKind.set(kind, (byKind.get(kind) ?? 0) + ticks / TICKS_PER_MS);
  for (const { pid, command, ticks } of processes) {
    if (pid === process.pid || !ours.has(pid)) continue;
    const type = /--type=(\S+)/.exec(command)?.[1];
    if (command.includes('scripts/web.mjs')) add('host (web mode)', ticks);
    else if (type === 'renderer') for (const thread of readThreads(pid)) add(thread.main ? 'window: main thread' : 'window: other threads', thread.ticks);
    else if (/chrom/i.test(command)) add(`browser: ${type ?? 'browser process'}`, ticks);
  }
  return byKind;
}

/** Per kind, the CPU used between two snapshots, per unit (a typed key). */
export function cpuPerUnit(before: CpuByKind, after: CpuByKind, units: number): [string, number][] {
  return [...after].map(([kind, ms]): [string, number] => [kind, (ms - (before.get(kind) ?? 0)) / units]).filter(([, ms]) => ms >= 0.05);
}

interface ProcessStat {
  pid: number;
  parent: number;
  command: string;
  ticks: number;
}

function readProcesses(): ProcessStat[] {
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return [];
  }
  return pids.flatMap((pid) => {
    try {
      const fields = statFields(readFileSync(`/proc/${pid}/stat`, 'utf8'));
      const command = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
      return [{ pid: Number(pid), parent: Number(fields[1]), command, ticks: Number(fields[11]) + Number(fields[12]) }];
    } catch {
      return []; // ended meanwhile
    }
  });
}

function readThreads(pid: number): { main: boolean; ticks: number }[] {
  try {
    return readdirSync(`/proc/${pid}/task`).map((tid) => {
      const fields = statFields(readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8'));
      return { main: Number(tid) === pid, ticks: Number(fields[11]) + Number(fields[12]) };
    });
  } catch {
    return [];
  }
}

/** The fields after the command name (which may hold spaces and parentheses): state, parent, ... */
function statFields(stat: string): string[] {
  return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
}
