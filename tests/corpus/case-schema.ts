/** The shape of a corpus case file: a YAML list of cases (see README.md). */
import { z } from 'zod';

const fileSpec = z.union([
  z.string().describe('the file, as UTF-8 text'),
  z.strictObject({ base64: z.string() }).describe('raw bytes'),
  z.strictObject({
    copy: z.string().describe('a file of the repository, relative to its root'),
    replace: z.array(z.tuple([z.string(), z.string()])).default([]).describe('text replacements, in order'),
  }),
  z
    .strictObject({
      before: z.string().default(''),
      repeat: z.string(),
      times: z.number().int().positive(),
      then: z.string().default(''),
      numbered: z.boolean().default(false).describe('each "{n}" of `repeat` becomes the number of the repetition (distinct keys)'),
    })
    .describe('a big or deep file'),
  z.strictObject({ dir: z.literal(true) }),
  z.strictObject({ symlink: z.string() }),
  z.strictObject({
    fifo: z.literal(true),
    /** A process that opens the pipe for writing and never writes (`silent`), or writes a line every 50 ms and never closes it (`trickle`). */
    writer: z.enum(['silent', 'trickle']).optional(),
  }),
]);

export const corpusCaseSchema = z.strictObject({
  name: z.string().regex(/^[a-z0-9-]+$/),
  /** What the case shows, for a reader of the corpus. */
  why: z.string().optional(),
  args: z.array(z.string()),
  /** Created in the case's temporary directory, which is also the working directory and HOME. */
  files: z.record(z.string(), fileSpec).default({}),
  /** Paths (relative) to chmod 000 after creation; the case then runs as an unprivileged user when the tests run as root. */
  unreadable: z.array(z.string()).default([]),
  stdin: z.union([z.string(), z.strictObject({ repeat: z.string(), times: z.number().int().positive() })]).default(''),
  env: z.record(z.string(), z.string()).default({}),
  exit: z.number().int(),
  /** A fragment that stderr must contain. */
  stderr: z.string(),
  /** `file:line:col` (or `file` alone, then any line:col) that stderr must name. */
  at: z.string().optional(),
  /** The run asks for details (--debug, ML_CAREER_DEBUG=1): stderr must then carry the stack trace. */
  trace: z.boolean().default(false),
  /** A fragment stdout must contain (cases that must be accepted); for errors stdout must be empty. */
  stdout: z.string().optional(),
  /** Sends `send` to the program once it has `whenOpen` (a path of the case) open. */
  signal: z.strictObject({ send: z.enum(['SIGTERM', 'SIGINT', 'SIGHUP']), whenOpen: z.string() }).optional(),
  /**
   * For a case that used to hang: it must end within this many seconds (after the
   * signal, for a case that sends one). The only time the corpus checks, and far
   * above what the case takes.
   */
  withinSeconds: z.number().positive().optional(),
});

export const corpusFileSchema = z.array(corpusCaseSchema).min(1);

export type CorpusCase = z.infer<typeof corpusCaseSchema>;
export type FileSpec = z.infer<typeof fileSpec>;
