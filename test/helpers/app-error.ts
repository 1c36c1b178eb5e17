/** Catching the AppError a command throws, to assert its code, parameters and details. */
import { isAppError, type AppError } from '../../src/shared/errors';

/** The AppError `run` throws; fails the test if it returns or throws something else. */
export function appErrorOf(run: () => unknown): AppError {
  try {
    run();
  } catch (error) {
    if (isAppError(error)) return error;
    throw error;
  }
  throw new Error('expected an AppError, but nothing was thrown');
}

/** The AppError the promise `run()` rejects with. */
export async function asyncAppErrorOf(run: () => Promise<unknown>): Promise<AppError> {
  try {
    await run();
  } catch (error) {
    if (isAppError(error)) return error;
    throw error;
  }
  throw new Error('expected an AppError, but nothing was thrown');
}
