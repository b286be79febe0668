import { availableParallelism } from 'node:os';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { CAPTURE_KINDS, type CaptureKind } from '../core/codes.js';
import { PRESET_NAMES, resolveOptions, type PresetName } from '../core/options.js';
import { runEval } from './eval.js';
import { OUTPUT_FORMATS, type OutputFormat } from './formats.js';
import { runScore } from './score.js';

const USAGE_ERROR = 2;

function positiveInteger(value: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) throw new InvalidArgumentError('must be a positive integer');
  return number;
}

function buildProgram(setExitCode: (code: number) => void): Command {
  const program = new Command('id-precheck')
    .description('Checks ID-document photos and selfies for the problems KYC uploads get rejected for.')
    .showHelpAfterError()
    .exitOverride();
  const concurrency = new Option('-c, --concurrency <n>', 'worker threads')
    .argParser(positiveInteger)
    .default(availableParallelism());
  const preset = new Option('-p, --preset <name>', 'threshold preset').choices(PRESET_NAMES).default('balanced');

  program
    .command('score')
    .description('score image files and folders (recursively); exit 0 if none fails, 1 if some fail, 2 on usage errors')
    .argument('<paths...>', 'image files or directories')
    .addOption(new Option('-k, --kind <kind>', 'what the photos show').choices(CAPTURE_KINDS).default('document'))
    .addOption(preset)
    .addOption(new Option('-f, --format <format>', 'output format').choices(OUTPUT_FORMATS).default('table'))
    .option('-o, --output <file>', 'write the results to a file instead of stdout')
    .addOption(concurrency)
    .action(
      async (
        paths: string[],
        flags: { kind: CaptureKind; preset: PresetName; format: OutputFormat; output?: string; concurrency: number },
      ) => {
        const options = resolveOptions({ preset: flags.preset });
        setExitCode(await runScore(paths, { ...flags, options }));
      },
    );

  program
    .command('eval')
    .description(
      'score a labelled manifest (CSV: file,label[,faces,corners]) and report accuracy per label and per check',
    )
    .argument('<manifest>', 'manifest CSV; files are relative to it')
    .option('--json', 'print the results as JSON')
    .addOption(preset)
    .addOption(concurrency)
    .action(async (manifest: string, flags: { json?: boolean; preset: PresetName; concurrency: number }) => {
      const options = resolveOptions({ preset: flags.preset });
      setExitCode(await runEval(manifest, { json: flags.json ?? false, concurrency: flags.concurrency, options }));
    });
  return program;
}

/** Runs the CLI; resolves to the process exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  let exitCode = 0;
  const program = buildProgram((code) => (exitCode = code));
  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.exitCode === 0
        ? 0
        : USAGE_ERROR;
    }
    process.stderr.write(`id-precheck: ${error instanceof Error ? error.message : String(error)}\n`);
    return USAGE_ERROR;
  }
}
