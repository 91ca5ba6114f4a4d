import type { Server } from 'node:http';

export function serveDirectory(directory: string): Promise<{ server: Server; origin: string }>;
