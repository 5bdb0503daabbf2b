// The .proto files ship in the package and the built host finds them next to its modules
// (the build copies src/hosts/grpc/proto to dist/hosts/grpc/proto); `xai-video-contract/mock`
// says where they are, for a gRPC client of the mock, without loading grpc-js: the gRPC
// host is loaded only when startMockServer is asked for one.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const PROTOS = ['deferred.proto', 'image.proto', 'usage.proto', 'video.proto'].map((file) => `dist/hosts/grpc/proto/xai/api/v1/${file}`);

function requireBuild(): void {
  if (!existsSync(`${root}/dist/hosts/grpc/index.js`)) throw new Error('dist/ is missing: run `make build` first (make test does)');
}

describe('the gRPC protos in the package', () => {
  it('npm pack includes every .proto file under dist/hosts/grpc/proto', () => {
    requireBuild();
    const packed = JSON.parse(
      execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8' }),
    ) as {
      files: { path: string }[];
    }[];
    const paths = packed[0]?.files.map((file) => file.path) ?? [];
    expect(paths.filter((path) => path.endsWith('.proto')).sort()).toEqual(PROTOS);
  });

  it('the built host loads the Video service from dist', () => {
    requireBuild();
    const script =
      "import('./dist/hosts/grpc/index.js').then((m) => console.log(JSON.stringify(Object.values(m.loadVideoProto().xai_api.Video.service).map((x) => x.path))))";
    const paths = JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' }));
    expect(paths).toEqual(['/xai_api.Video/GenerateVideo', '/xai_api.Video/ExtendVideo', '/xai_api.Video/GetDeferredVideo']);
  });

  it('xai-video-contract/mock names the proto root and file, and a client loads the service from them', () => {
    requireBuild();
    const script = `import('xai-video-contract/mock').then(async ({ PROTO_ROOT, VIDEO_PROTO_FILE }) => {
      const { loadSync } = await import('@grpc/proto-loader');
      const definition = loadSync(VIDEO_PROTO_FILE, { includeDirs: [PROTO_ROOT] });
      console.log(JSON.stringify([PROTO_ROOT, Object.keys(definition['xai_api.Video'])]));
    })`;
    const [protoRoot, methods] = JSON.parse(
      execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' }),
    );
    expect(protoRoot).toBe(`${resolve(root, 'dist/hosts/grpc/proto')}/`);
    expect(methods).toEqual(['GenerateVideo', 'ExtendVideo', 'GetDeferredVideo']);
  });
});

describe('loading the mock', () => {
  /** Bare modules reachable from `entry` through static imports only (a dynamic import() loads on demand). */
  function staticBareImports(entry: string): Set<string> {
    const seen = new Set<string>();
    const bare = new Set<string>();
    for (const queue = [entry]; queue.length > 0; ) {
      const file = queue.pop()!;
      if (seen.has(file)) continue;
      seen.add(file);
      for (const [, type, specifier] of readFileSync(file, 'utf8').matchAll(
        /^\s*(?:import|export)\s+(type\s)?[^;]*?from\s+['"]([^'"]+)['"]/gm,
      )) {
        if (type) continue;
        if (specifier!.startsWith('.')) queue.push(resolve(dirname(file), specifier!.replace(/\.js$/, '.ts')));
        else bare.add(specifier!);
      }
    }
    return bare;
  }

  it('does not load grpc-js until a gRPC host is asked for (startMockServer without grpcPort stays as quick)', () => {
    const bare = [...staticBareImports(`${root}/src/hosts/index.ts`)];
    expect(bare.filter((name) => name.startsWith('@grpc/'))).toEqual([]);
    expect([...staticBareImports(`${root}/src/hosts/grpc/start-grpc-host.ts`)]).toContain('@grpc/grpc-js');
  });
});
