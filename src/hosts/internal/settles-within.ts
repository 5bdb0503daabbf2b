// A wait with an end: whether a promise settles (either way) within `ms`. The stops (the
// HTTP host's drain, the gRPC host's shutdown) and Redis's start-up each wait so, then act
// on what is left. The timer is cleared either way, so it never holds the process open.
export async function settlesWithin(promise: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<false>((resolve) => {
    timer = setTimeout(resolve, ms, false);
  });
  try {
    return await Promise.race([promise.then(settled, settled), late]);
  } finally {
    clearTimeout(timer);
  }
}

const settled = () => true;
