// Only the icons the menus use (importing the whole set would bloat the first load).
import {
  DataBoard, Calendar, Message, Document, User, ChatLineSquare, Histogram, Notebook, Setting, Tickets, EditPen, Flag, Medal,
  Trophy, Monitor,
} from '@element-plus/icons-vue';
import type { Component } from 'vue';

export const MENU_ICONS: Record<string, Component> = {
  DataBoard, Calendar, Message, Document, User, ChatLineSquare, Histogram, Notebook, Setting, Tickets, EditPen, Flag, Medal, Trophy, Monitor,
};
