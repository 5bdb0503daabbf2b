// What the spec derives from its capability table (the root `x-model-capabilities`):
// each entry is a path in the document and the value it must hold. Pure: a table in,
// values out; scripts/generate-spec.mjs writes them, and `--check` compares them.

const OPERATION_PATHS = {
  generateVideo: '/v1/videos/generations',
  extendVideo: '/v1/videos/extensions',
  editVideo: '/v1/videos/edits',
};
const RESOLUTIONS = ['480p', '720p', '1080p'];
export const TABLE_START = '<!-- capability-table: derived from x-model-capabilities by `make generate`; do not edit -->';
export const TABLE_END = '<!-- /capability-table -->';

const code = (text) => `\`${text}\``;
const union = (lists) => [...new Set(lists.flat())];
const rangeOf = (ranges) => ({ min: Math.min(...ranges.map((r) => r.min)), max: Math.max(...ranges.map((r) => r.max)) });
const usd = (n) => `$${n.toFixed(3).replace(/0$/, '')}`;
const listing = (items) => (items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`);

function resolutionCell(row) {
  return Object.entries(row.resolutions)
    .map(([name, kind]) => (kind === 'native' ? name : `${name} (${kind})`))
    .join(', ');
}

function secondsCell(row) {
  const { generateVideo, extendVideo, editVideo } = row.operations;
  const parts = [`${generateVideo.seconds.min}–${generateVideo.seconds.max} s`];
  const reference = generateVideo.reference_to_video;
  if (reference) parts.push(`references ${reference.seconds.min}–${reference.seconds.max} s at most ${reference.max_resolution}`);
  if (extendVideo) {
    parts.push(
      `extension +${extendVideo.added_seconds.min}–${extendVideo.added_seconds.max} s to a ${extendVideo.source_seconds.min}–${extendVideo.source_seconds.max} s video`,
    );
  }
  if (editVideo) parts.push(`edit of a video up to ${editVideo.source_max_seconds} s`);
  return parts.join('; ');
}

function inputsCell(row) {
  return Object.entries(row.inputs)
    .filter(([, value]) => value !== false)
    .map(([name, value]) => (typeof value === 'object' ? `${code(name)} ≤ ${value.max_items}` : code(name)))
    .join(', ');
}

function pricesCell(row) {
  return RESOLUTIONS.map((name) => (row.usd_per_second[name] === undefined ? '–' : usd(row.usd_per_second[name]))).join(' / ');
}

export function capabilityTableMarkdown(table) {
  const lines = [
    '| model | operations | resolutions | durations | inputs besides `prompt` | with `image` | USD per second 480p / 720p / 1080p | USD per input image |',
    '|---|---|---|---|---|---|---|---|',
  ];
  for (const row of table) {
    const name = [code(row.id), ...row.aliases.map((alias) => `(alias ${code(alias)})`)].join(' ');
    const operations = Object.keys(row.operations)
      .map((id) => code(OPERATION_PATHS[id].replace('/v1/videos/', '')))
      .join(', ');
    const withImage = row.image_combines_with.length === 0 ? 'nothing else' : row.image_combines_with.map(code).join(', ');
    lines.push(
      `| ${name} | ${operations} | ${resolutionCell(row)} | ${secondsCell(row)} | ${inputsCell(row)} | ${withImage} | ${pricesCell(row)} | ${usd(row.usd_per_input_image)} |`,
    );
  }
  return lines.join('\n');
}

function modelDescription(table) {
  const [first] = table;
  const lines = table.map((row) => {
    const aliases = row.aliases.length > 0 ? ` (${listing(row.aliases.map((a) => `${code(a)} is an alias`))})` : '';
    return `- ${code(row.id)}${aliases}: ${row.summary}`;
  });
  return `${[
    `The video model; default ${code(first.id)}. What each model accepts is the capability table`,
    '(`x-model-capabilities`, and "Models" above); a request a model cannot serve is answered',
    'with 400 naming the model and the rule. An unknown model is answered with 404.',
    ...lines,
  ].join('\n')}\n`;
}

function modelsWith(table, resolution) {
  return table.filter((row) => row.resolutions[resolution]).map((row) => `${code(row.id)} (${row.resolutions[resolution]})`);
}

function resolutionDescription(table) {
  const lines = RESOLUTIONS.map((name) => `- ${code(name)}: ${listing(modelsWith(table, name))}`);
  const capped = table.filter((row) => row.operations.generateVideo.reference_to_video);
  const caps = union(capped.map((row) => [row.operations.generateVideo.reference_to_video.max_resolution]));
  return `${[
    'Default `480p`. Which model renders which (tutorials list only 480p and 720p):',
    ...lines,
    `Reference-to-video: at most ${listing(caps.map(code))}.`,
  ].join('\n')}\n`;
}

function aspectRatioDescription(table) {
  const everywhere = table.every((row) => row.aspect_ratios.length === table[0].aspect_ratios.length);
  return `${[
    "Default `16:9`. With `image` (or its alias `input_reference`) the output keeps the image's",
    'ratio (the supported ratio nearest to it) and `aspect_ratio` is ignored. `21:9` is',
    'cinematic, `5:2` a web banner.',
    everywhere ? 'Every model takes every ratio.' : 'Not every model takes every ratio: see the capability table.',
  ].join('\n')}\n`;
}

function generationDurationDescription(table) {
  const defaults = 8;
  const references = table
    .filter((row) => row.operations.generateVideo.reference_to_video)
    .map((row) => `${row.operations.generateVideo.reference_to_video.seconds.max} s on ${code(row.id)}`);
  return `${[
    `Output length in seconds, default **${defaults}** (tutorials say 6).`,
    `Reference-to-video: at most ${listing(references)}.`,
  ].join('\n')}\n`;
}

const maxOf = (table, pick) => Math.max(...table.map(pick).filter((n) => n !== undefined));
const itemsOf = (input) => (input === false ? undefined : input.max_items);

/** [path, value, style] triples: style 'block' writes a string as a literal block. */
export function derivedValues(table) {
  const generation = rangeOf(table.map((row) => row.operations.generateVideo.seconds));
  const extending = table.filter((row) => row.operations.extendVideo);
  const added = rangeOf(extending.map((row) => row.operations.extendVideo.added_seconds));
  const properties = ['components', 'schemas', 'GenerateVideoRequest', 'properties'];
  return [
    [['components', 'schemas', 'VideoModel', 'enum'], union(table.map((row) => [row.id, ...row.aliases]))],
    [['components', 'schemas', 'VideoModel', 'default'], table[0].id],
    [['components', 'schemas', 'VideoModel', 'description'], modelDescription(table), 'block'],
    [['components', 'schemas', 'AspectRatio', 'enum'], union(table.map((row) => row.aspect_ratios))],
    [['components', 'schemas', 'AspectRatio', 'description'], aspectRatioDescription(table), 'block'],
    [['components', 'schemas', 'Resolution', 'enum'], RESOLUTIONS.filter((name) => table.some((row) => row.resolutions[name]))],
    [['components', 'schemas', 'Resolution', 'description'], resolutionDescription(table), 'block'],
    [[...properties, 'duration', 'minimum'], generation.min],
    [[...properties, 'duration', 'maximum'], generation.max],
    [[...properties, 'duration', 'description'], generationDurationDescription(table), 'block'],
    [[...properties, 'seconds', 'minimum'], generation.min],
    [[...properties, 'seconds', 'maximum'], generation.max],
    [[...properties, 'reference_images', 'maxItems'], maxOf(table, (row) => itemsOf(row.inputs.reference_images))],
    [[...properties, 'reference_audios', 'maxItems'], maxOf(table, (row) => itemsOf(row.inputs.reference_audios))],
    [[...properties, 'keyframes', 'maxItems'], maxOf(table, (row) => itemsOf(row.inputs.keyframes))],
    // A keyframe lies strictly inside the clip, so before the longest one ends (exclusiveMaximum).
    [['components', 'schemas', 'Keyframe', 'properties', 'timestamp_s', 'maximum'], generation.max],
    [['components', 'schemas', 'ExtendVideoRequest', 'properties', 'duration', 'minimum'], added.min],
    [['components', 'schemas', 'ExtendVideoRequest', 'properties', 'duration', 'maximum'], added.max],
  ];
}

/** info.description with the text between the table markers replaced by the table. */
export function withCapabilityTable(description, table) {
  const start = description.indexOf(TABLE_START);
  const end = description.indexOf(TABLE_END);
  if (start < 0 || end < start) throw new Error(`info.description needs the markers ${TABLE_START} … ${TABLE_END}`);
  return `${description.slice(0, start + TABLE_START.length)}\n${capabilityTableMarkdown(table)}\n${description.slice(end)}`;
}
