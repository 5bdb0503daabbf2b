// The .proto files ship in the package and the built host finds them next to its modules
// (the build copies src/hosts/grpc/proto to dist/hosts/grpc/proto).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
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
});
