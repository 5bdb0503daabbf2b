// Build step: the gRPC host loads its .proto files at run time from next to its modules
// (src/hosts/grpc/proto → dist/hosts/grpc/proto), so the package ships them.
import { cpSync } from 'node:fs';

const from = new URL('../src/hosts/grpc/proto/', import.meta.url);
const to = new URL('../dist/hosts/grpc/proto/', import.meta.url);
cpSync(from, to, { recursive: true, filter: (source) => !source.endsWith('.md') });
console.log('dist/hosts/grpc/proto: the xai_api .proto files');
