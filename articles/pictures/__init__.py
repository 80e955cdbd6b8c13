"""Pictures of articles: the image library, safe processing of uploads and responsive renditions."""
