import type { Command } from 'commander';
import { ErrorCode, VigilError } from '../../errors.ts';
import type { Cli } from '../context.ts';

/** `vigil ask`: a question to the register and the policies; `--gaps` lists those it could not answer. */
export function registerAsk(program: Command, cli: Cli): void {
  const { io, say } = cli;
  program
    .command('ask [question...]')
    .description('answer a question from the register of suppliers and the policies; --gaps lists those it could not answer')
    .option('--gaps', 'list the questions it could not answer (kept beside the database, text only), most asked first')
    .action(async (question: string[], local: { gaps?: boolean }, command: Command) => {
      const options = cli.global(command);
      const { loadConfigFile } = await import('../../config/index.ts');
      const config = loadConfigFile(cli.resolveConfig(options));
      const db = cli.resolveDb(options);
      const gaps = cli.gapLog(db);
      if (local.gaps) {
        const list = gaps.list();
        say(options.json ? JSON.stringify(list) : list.length ? list.map((g) => `${String(g.count).padStart(4)}  ${g.question}`).join('\n') : 'vigil: no unanswered questions kept yet');
        return;
      }
      if (question.length === 0) throw new VigilError(ErrorCode.UsageError, 'give a question, e.g. vigil ask "where is our CRM data stored?", or --gaps');
      const { PolicyQa, modelReaderFor } = await import('../../register/index.ts');
      const { liveRegisterFor } = await import('./register.ts');
      const live = await liveRegisterFor(db, config);
      const answer = await new PolicyQa(config, { gaps, reader: modelReaderFor(config, io.env.VIGIL_LLM_API_KEY, cli.logger()) }).askWithModel(question.join(' '), live);
      say(options.json ? JSON.stringify(answer) : answer.answer);
    });
}
