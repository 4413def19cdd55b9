export * from './hotline-mail';
export * from './html-text';
export * from './mail-template';
export * from './mail-reply';
