import { getPrompt, type Prompt as LibraryPrompt } from '../../../core/library/prompts/index.js';
import { AppError, notFound } from '../../errors.js';

/** A library prompt named in a body or query; unknown ids are bad input naming the field. */
export function libraryPrompt(id: string, field = 'promptId'): LibraryPrompt {
  const prompt = getPrompt(id);
  if (!prompt) throw new AppError('validation', `${field} must be the id of a prompt in the library`, { field });
  return prompt;
}

/** A library prompt addressed by the URL: unknown is a 404. */
export function promptById(id: string): LibraryPrompt {
  const prompt = getPrompt(id);
  if (!prompt) throw notFound('Prompt');
  return prompt;
}
