import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { REQUEST_KINDS, type RequestKind } from '../core/codes.js';
import { DEFAULT_FACE_DETECTOR_CONFIG } from '../core/face/factory.js';
import { FACE_BACKENDS, type FaceBackend } from '../core/face/types.js';
import { DEFAULT_OPTIONS, OPTION_PATHS, PRESET_NAMES, type OptionsInput, type PresetName } from '../core/options.js';
import { prepareRequest, type PreparedRequest } from '../host/request.js';
import { runEval } from './eval.js';
import { OUTPUT_FORMATS, type OutputFormat } from './formats.js';
import { runScore } from './score.js';

const USAGE_ERROR = 2;
const VERSION = (createRequire(import.meta.url)('../../package.json') as { version: string }).version;

interface CommonFlags {
  preset: PresetName;
  set: OptionsInput;
  options?: string;
  concurrency: number;
  faceBackend: FaceBackend;
}
type ScoreFlags = CommonFlags & { kind: RequestKind; format: OutputFormat; output?: string };
type EvalFlags = CommonFlags & { json?: boolean; kind: 'label' | 'auto' };

/**
 * The flags as a request for `kind`, validated once for the whole run: a bad value is a usage
 * error before any work. Options come from `--options` (a JSON file, as the QA page exports it),
 * then `--set` over them; the preset is `--preset` when given, else the file's, else balanced.
 */
function requestFor(kind: RequestKind, flags: CommonFlags, command: Command): PreparedRequest {
  const fromFile = flags.options === undefined ? {} : readOptionsFile(flags.options);
  const preset = command.getOptionValueSource('preset') === 'cli' ? flags.preset : (fromFile.preset ?? flags.preset);
  return prepareRequest({
    kind,
    options: { ...mergeOptions(fromFile, flags.set), preset },
    faces: { backend: flags.faceBackend },
  });
}

/** The options object of an `--options` file; its values are validated with the rest. */
function readOptionsFile(path: string): OptionsInput {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new Error(`cannot read --options file ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new Error(`--options file ${path} is not JSON: ${(error as Error).message}`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new Error(`--options file ${path} must hold a JSON object of options`);
  }
  return parsed as OptionsInput;
}

/** `over` merged over `base`, option group by option group. */
function mergeOptions(base: OptionsInput, over: OptionsInput): OptionsInput {
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(over)) {
    const earlier = merged[key];
    const bothGroups = typeof value === 'object' && typeof earlier === 'object' && earlier !== null;
    merged[key] = bothGroups ? { ...earlier, ...value } : value;
  }
  return merged as OptionsInput;
}

function positiveInteger(value: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) throw new InvalidArgumentError('must be a positive integer');
  return number;
}

/** `--set grayscale.minColourFraction=0.01`, repeatable: one threshold on top of the preset. */
function collectSetting(value: string, previous: Record<string, unknown>): Record<string, unknown> {
  const match = value.match(/^([A-Za-z][\w.]*)=(-?\d+(?:\.\d+)?(?:e-?\d+)?)$/);
  if (!match) throw new InvalidArgumentError('expected option.path=number, e.g. exposure.darkP95=90');
  const [, path, number] = match;
  if (!OPTION_PATHS.includes(path!)) {
    throw new InvalidArgumentError(`unknown option "${path}"; options are: ${OPTION_PATHS.join(', ')}`);
  }
  const keys = path!.split('.');
  let node = previous;
  for (const key of keys.slice(0, -1)) node = (node[key] ??= Object.create(null)) as Record<string, unknown>;
  node[keys.at(-1)!] = Number(number);
  return previous;
}

const OPTIONS_HELP = `
Options for --set (balanced defaults):
${OPTION_PATHS.map((path) => `  ${path}=${String(path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], DEFAULT_OPTIONS))}`).join('\n')}`;

const EXAMPLES = `
Examples:
  $ id-precheck score photos/ --format csv --output scores.csv
  $ id-precheck score selfie.jpg --kind selfie --format json
  $ id-precheck score photos/ --options thresholds.json --format csv
  $ id-precheck score scans/ --preset strict --set exposure.darkP95=90
  $ id-precheck eval ../shared/corpus/manifest.csv --json`;

function buildProgram(setExitCode: (code: number) => void): Command {
  const program = new Command('id-precheck')
    .description('Checks ID-document photos and selfies for the problems KYC uploads get rejected for.')
    .version(VERSION)
    .addHelpText('after', EXAMPLES)
    .showHelpAfterError()
    .exitOverride();
  const concurrency = new Option('-c, --concurrency <n>', 'worker threads')
    .argParser(positiveInteger)
    .default(availableParallelism());
  const preset = new Option('-p, --preset <name>', 'threshold preset').choices(PRESET_NAMES).default('balanced');
  const set = new Option('-s, --set <option=value>', 'override one threshold (repeatable)')
    .argParser(collectSetting)
    .default(Object.create(null), 'none');
  const optionsFile = new Option(
    '--options <file.json>',
    'thresholds from a JSON file ({ "preset": ..., "blur": { "maxEdgeWidth": 4.5 } }, as the QA page exports them)',
  );
  const faceBackend = new Option('--face-backend <name>', 'face detector (selfie checks; the portrait on documents)')
    .choices(FACE_BACKENDS)
    .default(DEFAULT_FACE_DETECTOR_CONFIG.backend);

  program
    .command('score')
    .description('score image files and folders (recursively); exit 0 if none fails, 1 if some fail, 2 on usage errors')
    .argument('<paths...>', 'image files or directories')
    .addHelpText('after', OPTIONS_HELP)
    .addOption(
      new Option('-k, --kind <kind>', 'what the photos show; auto: chosen per photo from what is in it')
        .choices(REQUEST_KINDS)
        .default('auto'),
    )
    .addOption(preset)
    .addOption(new Option('-f, --format <format>', 'output format').choices(OUTPUT_FORMATS).default('table'))
    .addOption(set)
    .addOption(optionsFile)
    .option('-o, --output <file>', 'write the results to a file instead of stdout')
    .addOption(faceBackend)
    .addOption(concurrency)
    .action(async (paths: string[], flags: ScoreFlags, command: Command) => {
      const { format, output, concurrency } = flags;
      const request = requestFor(flags.kind, flags, command);
      setExitCode(await runScore(paths, { request, format, output, concurrency }));
    });

  program
    .command('eval')
    .description(
      'score a labelled manifest (CSV: file,label[,faces,corners]) and report accuracy per label and per check',
    )
    .argument('<manifest>', 'manifest CSV; files are relative to it')
    .addHelpText('after', OPTIONS_HELP)
    .option('--json', 'print the results as JSON')
    .addOption(
      new Option('-k, --kind <kind>', "score rows by their label's kind, or all as auto (and say how auto took them)")
        .choices(['label', 'auto'])
        .default('label'),
    )
    .addOption(preset)
    .addOption(set)
    .addOption(optionsFile)
    .addOption(faceBackend)
    .addOption(concurrency)
    .action(async (manifest: string, flags: EvalFlags, command: Command) => {
      const requests = {
        document: requestFor('document', flags, command),
        selfie: requestFor('selfie', flags, command),
        auto: requestFor('auto', flags, command),
      };
      const { json = false, concurrency } = flags;
      setExitCode(await runEval(manifest, { json, concurrency, requests, kindAuto: flags.kind === 'auto' }));
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
