// The CLI's flags for the jobs' server-wide defaults (the Jobs group of --help). Those of
// the mock controls (`--timing`, `--polls`, `--outcome`, `--error-code`, `--dialect`) come
// from the controls table itself, so a flag and a `Prefer` token take the same words.
import { MOCK_CONTROLS, type MockControl, type MockOptions, type ServerDefault } from '../../server/index.js';
import { type Flag, number } from './flag.js';

/** Where each server-wide control lands in the options. */
const CONTROL_OPTION: Record<ServerDefault, keyof MockOptions> = {
  outcome: 'outcome',
  'error-code': 'errorCode',
  timing: 'timing',
  polls: 'polls',
  dialect: 'dialect',
};

function valuesText(control: MockControl): string {
  const { values } = control;
  return Array.isArray(values) ? values.join(' | ') : `${(values as { min: number }).min}-${(values as { max: number }).max}`;
}

/** A server-wide default of a mock control, as a flag of the same name. */
function controlFlag(control: MockControl): Flag {
  const key = control.serverDefault!;
  return {
    name: control.key,
    arg: key === 'polls' ? 'n' : key,
    multiple: key === 'dialect',
    group: 'Jobs',
    help: `Every job's default ${control.key} (${valuesText(control)}); Prefer: ${control.key}=... overrides it`,
    option: CONTROL_OPTION[key],
    apply: (_options, value, controls) => {
      for (const item of Array.isArray(value) ? value : [String(value)]) control.apply(controls, item);
    },
  };
}

export const JOB_FLAGS: readonly Flag[] = [
  ...MOCK_CONTROLS.filter((control) => control.serverDefault).map(controlFlag),
  { name: 'instant', group: 'Jobs', help: 'Same as --timing instant (for CI)', option: 'timing', apply: (o) => (o.timing = 'instant') },
  {
    name: 'time-scale',
    arg: 'x',
    group: 'Jobs',
    help: 'Run jobs x times faster (0.5 = twice as slow)',
    option: 'timeScale',
    apply: (o, v) => (o.timeScale = number('time-scale', String(v))),
  },
  {
    name: 'ttl',
    arg: 'seconds',
    group: 'Jobs',
    help: 'A finished job turns "expired" after this long (default 86400)',
    option: 'ttlSeconds',
    apply: (o, v) => (o.ttlSeconds = number('ttl', String(v))),
  },
  {
    name: 'secret',
    arg: 's',
    group: 'Jobs',
    help: 'Signs request ids (env XAI_MOCK_SECRET); processes that share it give the same answers for the same id',
    option: 'secret',
    apply: (o, v) => (o.secret = String(v)),
  },
];
