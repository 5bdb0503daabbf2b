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
  let jobs: RecentJob[] = [];
  return {
    add(job) {
      jobs.push(job);
      if (jobs.length > capacity) jobs = jobs.slice(-capacity);
    },
    list: () => [...jobs].reverse(),
    clear: () => {
      jobs = [];
    },
  };
}
