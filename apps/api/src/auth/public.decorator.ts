import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'khung:public';

/** Marks a route that needs no bearer token (health, login). */
export const Public = () => SetMetadata(IS_PUBLIC, true);
