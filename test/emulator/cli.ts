// Starts the emulator from the command line (for `npm start`'s demo, benchmarks and manual poking):
//   npx tsx test/emulator/cli.ts [--port N] [--peering-delay-ms N] [--duplicate-names allow|reject] [--seed examples]
// Prints {"url","ak","sk","projectId","region"} as one JSON line on stdout, then serves until SIGINT/SIGTERM.
// --seed examples holds the VPCs, subnets, route table, queue and pool that examples/connections/ names, so that a
// plan of the examples passes preflight (the self-test workflow plans them this way).
import { startEmulator, type EmulatorOptions } from './index.js';
import { seedExampleCloud } from '../e2e/example-cloud.js';

type CliOptions = EmulatorOptions & { seed?: 'examples' };

function parseArgs(argv: string[]): CliOptions {
  const opts: CliOptions = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined) throw new Error(`${flag} needs a value`);
      return v;
    };
    const int = () => {
      const v = value();
      if (!/^\d+$/.test(v)) throw new Error(`${flag} needs a non-negative integer, got ${v}`);
      return Number(v);
    };
    switch (flag) {
      case '--port':
        opts.port = int();
        break;
      case '--peering-delay-ms':
        opts.peeringDelayMs = int();
        break;
      case '--region':
        opts.region = value();
        break;
      case '--project-id':
        opts.projectId = value();
        break;
      case '--duplicate-names': {
        const v = value();
        if (v !== 'allow' && v !== 'reject') throw new Error('--duplicate-names is allow or reject');
        opts.duplicateNames = v;
        break;
      }
      case '--seed': {
        if (value() !== 'examples') throw new Error('--seed takes one value: examples');
        opts.seed = 'examples';
        break;
      }
      default:
        throw new Error(`unknown option ${arg}`);
    }
  }
  return opts;
}

async function main(): Promise<void> {
  let opts: CliOptions;
  try {
    opts = parseArgs(process.argv.slice(2));
  } catch (e) {
    process.stderr.write(`emulator: ${(e as Error).message}\n`);
    process.exit(2);
  }
  const emu = await startEmulator(opts);
  if (opts.seed === 'examples') seedExampleCloud(emu);
  process.stdout.write(
    JSON.stringify({ url: emu.url, ak: emu.ak, sk: emu.sk, projectId: emu.projectId, region: emu.region }) + '\n',
  );
  const stop = () => {
    void emu.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

void main();
