/**
 * A generation worker of the merge bench (a child process, so two cores generate at once): reads
 * its GenerationInput from the JSON file named by argv[2] and writes the offices it made to the
 * JSON file named by argv[3].
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { generateOffices, type GenerationInput } from './merge-workload';

const [inputFile, outputFile] = process.argv.slice(2) as [string, string];
const input = JSON.parse(readFileSync(inputFile, 'utf8')) as GenerationInput;
generateOffices(input)
  .then((offices) => writeFileSync(outputFile, JSON.stringify(offices)))
  .catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
