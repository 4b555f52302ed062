/** Absolute path of NotoSansSC-Labels.otf (Noto Sans CJK SC Regular, ASCII + Latin-1 + GB2312). */
export declare const labelFontPath: string
