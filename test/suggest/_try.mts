import { readFileSync } from 'node:fs';
import { detectAttributions } from '../../shared/suggest/detect-attributions';
const text = readFileSync(process.argv[2]!, 'utf8');
for (const s of detectAttributions(text)) console.log(s.attribution, s.confidence.toFixed(2), JSON.stringify(s.sourceName ?? (s as any).source), '|', text.slice(s.start, s.end).slice(0, 60));
