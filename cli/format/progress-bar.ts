// A progress bar on stderr by simulated date, so that stdout carries only the summary (and can
// be piped, e.g. --json into jq). On a terminal it redraws one line; in a log it writes a line
// per simulated year.
import type { TSimulationProgress } from '../../simulation/run-simulation';

const width = 30;

export function createProgressBar(stream: NodeJS.WriteStream = process.stderr): { update(progress: TSimulationProgress): void; done(): void } {
  let lastYear = '';
  let drawn = false;
  return {
    update({ day, fraction, notices }) {
      const line = `${'█'.repeat(Math.round(fraction * width)).padEnd(width, '░')} ${day} ${String(Math.floor(fraction * 100)).padStart(3)}%  ${notices} notices`;
      if (stream.isTTY) {
        stream.write(`\r${line}`);
        drawn = true;
      } else if (day.slice(0, 4) !== lastYear) {
        lastYear = day.slice(0, 4);
        stream.write(`${line}\n`);
      }
    },
    done() {
      if (drawn) stream.write('\n');
      drawn = false;
    },
  };
}
