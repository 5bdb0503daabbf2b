// The last jobs this process created, for the admin list and the playground. A ring
// buffer: memory stays flat however many jobs are created.
export interface RecentJob {
  request_id: string;
  operation: string;
  created_at: string;
}

export interface RecentJobs {
  add(job: RecentJob): void;
  list(): RecentJob[];
  clear(): void;
}

export function createRecentJobs(capacity = 100): RecentJobs {
  // A fixed ring written in place: a create costs one store, never a copy of the list.
  let ring: RecentJob[] = [];
  let next = 0; // where the next job goes once the ring is full
  return {
    add(job) {
      if (ring.length < capacity) ring.push(job);
      else ring[next] = job;
      next = (next + 1) % capacity;
    },
    // Oldest first is from `next` on, then the start (before the ring fills, `next` is its length).
    list: () => [...ring.slice(next), ...ring.slice(0, next)].reverse(),
    clear: () => {
      ring = [];
      next = 0;
    },
  };
}
