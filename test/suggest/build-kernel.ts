// `npm run build:kernel`: compiles shared/suggest/tagger-kernel.wat into tagger-kernel-wasm.ts.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { KERNEL_MODULE, compiledKernelBase64, kernelModuleText } from './kernel-binary';

const base64 = await compiledKernelBase64();
writeFileSync(KERNEL_MODULE, kernelModuleText(base64));
console.log(`${fileURLToPath(KERNEL_MODULE)}: ${Buffer.from(base64, 'base64').length} bytes of WebAssembly`);
